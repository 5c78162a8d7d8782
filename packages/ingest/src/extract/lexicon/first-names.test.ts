import { describe, expect, it } from "vitest";
import { firstNameGender, type Gender } from "./first-names.js";

/** name → the gender expected, and why. */
const CASES: Record<string, [Gender | undefined, string]> = {
  Abigail: ["f", "from the @stdlib female list (imported as a JSON module)"],
  Zachary: ["m", "from the @stdlib male list"],
  Reince: ["m", "added for the news"],
  Hillary: ["f", "a gender the lists get wrong, overridden"],
  ZACHARY: ["m", "any case"],
  Claimgraph: [undefined, "not a first name"],
};

describe("first names with a gender", () => {
  it.each(Object.entries(CASES))("%s → %j", (name, [gender]) => {
    expect(firstNameGender(name)).toBe(gender);
  });
});
