import { describe, expect, it } from "vitest";
import { claimsSaid, claimTargets } from "../extracted-views.js";

const HEAD = "Story\n\nThursday, February 12, 2026\n\n";

describe("claims newsdev70 read wrong (rules-182)", () => {
  it.each([
    [
      "a participle's subject is the organization a country's possessive description names",
      `${HEAD}Norway’s central bank, Norges Bank, on Wednesday left its rate unchanged, saying inflation was close to its target.`,
      "inflation was close to its target",
      "Norges Bank",
    ],
    [
      "a person after a role's 'for' and a title's modifier is inside the appositive",
      `${HEAD}Jonah Pell, campaign manager for former Sen. Carol Whitaker, the front-runner for the nomination, told USA TODAY that the plan was cruel.`,
      "the plan was cruel",
      "Jonah Pell",
    ],
  ])("%s", (_name, text, content, speaker) => {
    expect(claimsSaid(text)).toContainEqual({ text: content, speaker });
  });

  it("unveiling 'it' reports no words", () => {
    expect(
      claimsSaid(
        `${HEAD}The plan drew fire from both parties, two days after Dale Hutchins unveiled it at a rally in Phoenix.`,
      ),
    ).toEqual([]);
  });

  it.each([
    [
      "a quotation with 'you' told to a person is about that person",
      `${HEAD}"You spent four years asking this department for favors," Senator Maria Esquivel told Paul Westerlund.`,
      "You spent four years asking this department for favors,",
      ["Paul Westerlund"],
    ],
    [
      "a quotation without 'you' told to a person is not about them",
      `${HEAD}"The department needs a leader," Senator Maria Esquivel told Paul Westerlund.`,
      "The department needs a leader,",
      [],
    ],
  ])("%s", (_name, text, content, expected) => {
    expect(claimTargets(text, content)).toEqual(expected);
  });
});
