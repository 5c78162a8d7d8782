import { describe, expect, it } from "vitest";
import { claimsSaid } from "../extracted-views.js";

const HEAD = "Story\n\nMonday, April 4, 2016\n\n";

describe("claims newsdev83 read wrong (rules-195)", () => {
  it("a vote by its tally is no claim, whatever it quotes", () => {
    expect(
      claimsSaid(
        `${HEAD}The Pennsylvania House voted 112-89 on Wednesday to tax and regulate the tens of thousands of "skill games" in bars and clubs.`,
      ),
    ).toEqual([]);
  });

  it("the voter still speaks for the participle after the vote", () => {
    expect(
      claimsSaid(
        `${HEAD}An Oregon county voted on Wednesday to ignore a new state map, calling it “a map drawn by people who have never cut a fire line.”`,
      ).map((c) => c.speaker),
    ).toEqual(["Oregon county"]);
  });

  it.each([
    [
      "a review's length between its article and its noun",
      `${HEAD}A state program paid for fiber that serves no one, the West Virginia State Auditor's Office said Tuesday.\n\nThe 58-page review found that the department approved grants without checking.`,
      "the department approved grants without checking",
    ],
    [
      "the auditors of the one auditor's office named",
      `${HEAD}A state program paid for fiber that serves no one, the West Virginia State Auditor's Office said Tuesday. In one case, auditors wrote, a provider was paid twice for the same line.`,
      "a provider was paid twice for the same line",
    ],
  ])("%s", (_name, text, content) => {
    expect(claimsSaid(text).find((c) => c.text === content)?.speaker).toBe("West Virginia State Auditor's Office");
  });

  it("a country's possessive before a company's description and its name, after the content", () => {
    expect(
      claimsSaid(
        `${HEAD}The last two units will close at the end of 2028, Estonia’s state energy company Eesti Energia said on Thursday.`,
      ),
    ).toEqual([{ text: "The last two units will close at the end of 2028", speaker: "Eesti Energia" }]);
  });
});
