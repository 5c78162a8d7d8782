import { describe, expect, it } from "vitest";
import { affiliationPairs } from "../extracted-views.js";

const HEAD = "Story\n\nWednesday, August 24, 2016\n\n";

describe("affiliations newsdev72 read wrong (rules-184)", () => {
  it.each([
    [
      "a one-word title whose office is the article's 'Office of the State …'",
      `${HEAD}The Office of the State Comptroller released an audit. “Overtime has become a second paycheck,” Comptroller Thomas Gallardo said.`,
      ["Thomas Gallardo -> Office of the State Comptroller"],
    ],
    [
      "a Chicago alderman's title",
      `${HEAD}The City Council will vote next month. Ald. Nicholas Brennan (19th) said he would vote no.`,
      ["Nicholas Brennan -> City Council"],
    ],
    [
      "a deputy minister with no portfolio, beside the one ministry named",
      `${HEAD}The Ministry of Agriculture and Environment said tests were under way. Deputy Minister Trần Quốc Bảo told a news conference in Hanoi that results would follow.`,
      ["Trần Quốc Bảo -> Ministry of Agriculture and Environment"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(affiliationPairs(text)).toEqual(expected);
  });

  it("a minister whose portfolio the one ministry named does not hold is not its", () => {
    expect(
      affiliationPairs(
        `${HEAD}The Finance Ministry said the royalties were fair. Mining Minister Paulina Retamal told the committee that she would not withdraw the bill.`,
      ),
    ).not.toContain("Paulina Retamal -> Finance Ministry");
  });
});
