import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();
}

const HEAD = "Story\n\nFriday, March 11, 2016\n\n";

describe("names newsdev62 read wrong (entities-175)", () => {
  it.each([
    [
      "a number opening an authority's name",
      `${HEAD}The Three Rivers Transit Authority voted Thursday to raise fares.`,
      ["Organization Three Rivers Transit Authority"],
    ],
    [
      "a candidate's committee opening the sentence with the full name",
      `${HEAD}Marian Oduya for President, Democratic candidate Marian Oduya’s campaign committee, said the analysis was wrong.`,
      ["Organization Marian Oduya for President", "Person Marian Oduya"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it("'a Department of Transportation study' before the state's department stays the federal one (newsdev26)", () => {
    const text = `${HEAD}Shippers pressed Congress, said a Department of Transportation study. According to the Ohio Department of Transportation (ODOT), the bridge is safe.`;
    expect(entities(text)).toContain("Organization Ohio Department of Transportation");
    expect(entities(text).filter((e) => e.endsWith("Department of Transportation")).length).toBe(2);
  });
});
