import { describe, expect, it } from "vitest";
import { firstNameGender } from "./first-names.js";

describe("first names with a gender", () => {
  it.each([
    ["Abigail", "f", "from the @stdlib female list (imported as a JSON module)"],
    ["Zachary", "m", "from the @stdlib male list"],
    ["Reince", "m", "added for the news"],
    ["Hillary", "f", "a gender the lists get wrong, overridden"],
    ["ZACHARY", "m", "any case"],
    ["Claimgraph", undefined, "not a first name"],
  ])("%s → %s (%s)", (name, gender) => {
    expect(firstNameGender(name)).toBe(gender);
  });
});
