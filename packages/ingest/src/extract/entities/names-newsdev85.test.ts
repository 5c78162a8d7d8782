import { describe, expect, it } from "vitest";
import { entityNames } from "../extracted-views.js";

const HEAD = "Story\n\nMonday, April 4, 2016\n\n";

describe("names newsdev85 read wrong (entities-197)", () => {
  it.each([
    [
      "a group named for its members and its cause, untagged",
      `${HEAD}"This is about majority rule," said Nathaniel Oduya-Ricker, who chairs Mainers for Majority Rule.`,
      ["Organization Mainers for Majority Rule", "Person Nathaniel Oduya-Ricker"],
    ],
    [
      "a profession's body of a country, only the country tagged",
      `${HEAD}The Doctors’ Chamber of North Macedonia said the strike would go on.`,
      ["Organization Doctors’ Chamber of North Macedonia"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entityNames(text)).toEqual(expected);
  });

  it("thanks for a cause name no group", () => {
    expect(entityNames(`${HEAD}Thanks for Reuters Foundation support, the group said it would expand.`)).not.toContain(
      "Organization Thanks for Reuters Foundation",
    );
  });
});
