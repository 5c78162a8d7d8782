import { describe, expect, it } from "vitest";
import { claimsSaid, claimTargets } from "../extracted-views.js";

const HEAD = "Story\n\nThursday, May 28, 2026\n\n";

describe("claims newsdev71 read wrong (rules-183)", () => {
  it.each([
    [
      "an organization's possessive role before an honorific and the name",
      `${HEAD}The Elections Observation Group (ELOG) deployed observers. "Our observers saw mistakes," said ELOG's chairperson, Dr Amina Jeptoo Kirui.`,
      "Our observers saw mistakes,",
      "Amina Jeptoo Kirui",
    ],
    [
      "a participle's subject is the organization a possessive description's appositive names after 'the'",
      `${HEAD}South Korea's central bank, the Bank of Korea (BOK), raised its benchmark interest rate by a quarter of a percentage point to 2.75 percent on Thursday, saying inflation had stayed above its target for too long.`,
      "inflation had stayed above its target for too long",
      "Bank of Korea",
    ],
    [
      "rejecting claims is still a denial",
      `${HEAD}The council rejected claims that it had delayed the vote.`,
      "claims that it had delayed the vote",
      "council",
    ],
  ])("%s", (_name, text, content, speaker) => {
    expect(claimsSaid(text)).toContainEqual({ text: content, speaker });
  });

  it("voting down an amendment reports no words", () => {
    expect(
      claimsSaid(
        `${HEAD}The council rejected an amendment from Councilman Dean Hartley that would have allowed a delay of 90 days.`,
      ),
    ).toEqual([]);
  });

  it("'the campaign' is the one campaign committee named, though its name holds no office", () => {
    expect(
      claimTargets(
        `${HEAD}Dana Cole, a spokeswoman for Holloway for America, said the campaign had no idea where the list came from.`,
        "the campaign had no idea where the list came from",
      ),
    ).toEqual(["Holloway for America"]);
  });
});
