import { describe, expect, it } from "vitest";
import { nameKey } from "./name-key.js";

describe("nameKey", () => {
  it.each([
    ["The Washington Post", "washington post"],
    ["The Washington Post's", "washington post"],
    ["the White House", "white house"],
    ["U.S.", "us"],
    ["US", "us"],
    ["H.R. McMaster", "hr mcmaster"],
    ["AT&T", "att"],
    ["O’Rourke", "orourke"],
    ["O'Rourke", "orourke"],
    ["Britain’s Royal United Services Institute", "britain royal united services institute"],
    ["Trump's", "trump"],
    ["Reuters’", "reuters"],
    ["  Al-Qaeda  ", "al qaeda"],
    ["Ramos-Horta", "ramos horta"],
    ["  José  Núñez ", "jose nunez"],
    ["Theresa May", "theresa may"],
    ["Theodore Roosevelt", "theodore roosevelt"],
    ["Yahoo!", "yahoo"],
    ["...", ""],
    ["", ""],
  ])("%j → %j", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it("gives the same key the second time (memoised) and for names that differ only in punctuation", () => {
    expect(nameKey("U.S. Chamber of Commerce")).toBe(nameKey("US Chamber of Commerce"));
    expect(nameKey("U.S. Chamber of Commerce")).toBe("us chamber of commerce");
  });
});
