import { describe, expect, it } from "vitest";
import { claimsSaid } from "../extracted-views.js";

const HEAD = "Story\n\nWednesday, February 10, 2016\n\n";

describe("claims newsdev73 read wrong (rules-185)", () => {
  it.each([
    ["taking a case to a court", `${HEAD}Enger has appealed to the Minnesota Court of Appeals.`],
    ["writing a law's provision", `${HEAD}Solheim, who wrote the provision, chairs the committee.`],
    [
      "voting down drafts after a number and a modifier",
      `${HEAD}Chilean voters rejected two earlier drafts, in 2022 and 2023.`,
    ],
    ["demanding a plural thing", `${HEAD}The two unions are demanding rises of 3.5 percent a year for three years.`],
  ])("%s reports no words", (_name, text) => {
    expect(claimsSaid(text)).toEqual([]);
  });

  it("demanding that … is still a claim", () => {
    expect(claimsSaid(`${HEAD}The unions are demanding that the employers return to the table.`)).toContainEqual({
      text: "the employers return to the table",
      speaker: "unions",
    });
  });
});
