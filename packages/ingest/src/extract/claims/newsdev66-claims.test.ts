import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
  }));
}

const HEAD = "Story\n\nTuesday, November 3, 2015\n\n";

describe("claims newsdev66 read wrong (rules-178)", () => {
  it.each([
    [
      "a participle after a long object, the sentence's one cue's speaker",
      "Kentucky sues\n\nFRANKFORT, Ky. (AP) — Kentucky’s attorney general sued one of the nation’s largest pharmacy benefit managers on Tuesday, accusing the company of overcharging the state.",
      "the company of overcharging the state",
      "Kentucky’s attorney general",
    ],
    [
      "a coordinated cue after a description and its name set off",
      `${HEAD}Forest Service spokeswoman Lena Ortiz said the emails were lost.\n\nThe committee’s ranking Democrat, Rep. Joan Pettibone of Maryland, said she supported the subpoena but accused Republicans of using the investigation to build a case for cutting the budget.`,
      "Republicans of using the investigation to build a case for cutting the budget",
      "Joan Pettibone",
    ],
    [
      "a name, a party's bracket and a relative clause before the cue",
      `${HEAD}Sen. Frank DeLuca (D-Essex), who represents Alcott's home county, said Talbot, a Republican, had never consulted him about the pick.`,
      "Talbot, a Republican, had never consulted him about the pick",
      "Frank DeLuca",
    ],
    [
      "a document signed by a person speaks for her",
      `${HEAD}A letter sent to senators last week, signed by former Chief Justice Miriam Sandoval and 30 other retired judges, said Alcott had "the temperament this court needs." The letter noted that she had been reversed only four times.`,
      "she had been reversed only four times",
      "Miriam Sandoval",
    ],
    [
      "a retort's phrasal verb",
      `${HEAD}Brennan, a former union electrician, shot back that Kowalczyk had spent six years as a lobbyist.`,
      "Kowalczyk had spent six years as a lobbyist",
      "Brennan",
    ],
    [
      "a lead's bare 'police', the police force named later",
      "Ferry capsizes\n\nMonday, August 3, 2026\n\nAt least 31 people died when an overloaded ferry capsized on Lake Tanganyika on Sunday, police said.\n\nSimon Maganga, the Tanzania Police Force’s commander in Kigoma region, told reporters that the ferry had been overloaded.",
      "At least 31 people died when an overloaded ferry capsized on Lake Tanganyika on Sunday",
      "Tanzania Police Force",
    ],
  ])("%s", (_name, text, content, speaker) => {
    expect(claims(text)).toContainEqual({ text: content, speaker });
  });

  it.each([
    [
      "'talks between'",
      `${HEAD}Contract talks between the City of Carverton and its police union have stalled over a single question.`,
    ],
    [
      "a proposal",
      `${HEAD}Negotiators for the mayor proposed that officers in serious cases give an initial account first.`,
    ],
    ["a role's plural", `${HEAD}The panel interviewed 22 lawyers and judges who had appeared before her.`],
    [
      "'what X reported'",
      `${HEAD}Brennan raised $1.2 million, more than double what Kowalczyk reported for the same period.`,
    ],
    [
      "a passive 'felt'",
      `${HEAD}At the hospital, where two-thirds of the doctors stayed away, the effect was felt at once.`,
    ],
    ["'known … as'", `${HEAD}The company kept the difference, a practice known in the industry as spread pricing.`],
  ])("no claim: %s", (_name, text) => {
    expect(claims(text)).toEqual([]);
  });
});
