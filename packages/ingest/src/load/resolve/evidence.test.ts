import { describe, expect, it } from "vitest";
import { isFullName, isShortForm, organizationVariantKey, personName, titleGender } from "./evidence.js";

describe("person name evidence", () => {
  it.each([
    ["Obama", "obama", "obama", false, true],
    ["Sen. Cruz", "cruz", "cruz", false, true],
    ["Mrs. Clinton", "clinton", "clinton", false, true],
    ["President", "president", "president", false, false],
    ["J.", "j", "j", false, false],
    ["Donald J. Trump Jr.", "donald", "trump", true, false],
    ["Barack Obama", "barack", "obama", true, false],
    ["J. Smith", "j", "smith", false, false],
  ] as const)("%s → first %s, last %s, full %s, short %s", (name, first, last, full, short) => {
    const parts = personName(name);
    expect([parts.first, parts.last, isFullName(parts), isShortForm(parts)]).toEqual([first, last, full, short]);
  });

  it.each([
    ["Mrs. Clinton", "f"],
    ["Ms. Warren", "f"],
    ["Mr. Trump", "m"],
    ["Sen. Cruz", undefined],
    ["Clinton", undefined],
  ] as const)("the title of %s gives %s", (name, gender) => {
    expect(titleGender(name)).toBe(gender);
  });

  it("reads a gender from a known first name", () => {
    expect(personName("Michelle Obama").gender).toBe("f");
    expect(personName("Barack Obama").gender).toBe("m");
  });
});

describe("organization variant keys", () => {
  it.each([
    ["State Department", "state department"],
    ["the U.S. State Department", "state department"],
    ["Department of State", "state department"],
    ["United States Department of Justice", "justice department"],
    ["U.S. Army", "us army"],
    ["Associated Press", "associated press"],
  ])("%s → %s", (name, key) => {
    expect(organizationVariantKey(name)).toBe(key);
  });
});
