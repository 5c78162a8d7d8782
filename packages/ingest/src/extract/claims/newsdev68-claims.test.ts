import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
  }));
}

const HEAD = "Story\n\nMonday, September 18, 2017\n\n";

describe("claims newsdev68 read wrong (rules-180)", () => {
  it.each([
    [
      "'The report found' after an inspector general's claim",
      "Claims\n\nWASHINGTON (Reuters) - The Department of Veterans Affairs mishandled a third of the claims at its regional office, the VA’s Office of Inspector General said on Thursday.\n\nThe report found that processors closed about 14,000 cases without ordering medical exams.",
      "processors closed about 14,000 cases without ordering medical exams",
      "Office of Inspector General",
    ],
    [
      "a minister's words a news agency described by its noun reported",
      `${HEAD}Health Minister Adrian Ciobotaru said the government would send mobile vaccination teams to every school, the state news agency Agerpres reported.`,
      "the government would send mobile vaccination teams to every school",
      "Adrian Ciobotaru",
    ],
    [
      "a broadcasting corporation reports",
      `${HEAD}Information Minister Petrina Haufiku said government lawyers were considering an appeal, the Namibian Broadcasting Corporation (NBC) reported.`,
      "government lawyers were considering an appeal",
      "Petrina Haufiku",
    ],
  ])("%s", (_name, text, content, speaker) => {
    expect(claims(text)).toContainEqual({ text: content, speaker });
  });

  it("a year among a compound noun's modifiers leaves the noun no cue", () => {
    expect(
      claims(
        `${HEAD}A Republican running for the Senate copied whole passages of his jobs plan from a 2013 think tank report, a rival campaign charged Monday.`,
      ),
    ).toEqual([
      {
        text: "A Republican running for the Senate copied whole passages of his jobs plan from a 2013 think tank report",
        speaker: "rival campaign",
      },
    ]);
  });

  it.each([
    [
      "denying someone a thing, and a review",
      `${HEAD}The department mishandled nearly a third of the claims it reviewed at its Oakland office, wrongly denying some veterans benefits.`,
    ],
  ])("no claim: %s", (_name, text) => {
    expect(claims(text)).toEqual([]);
  });
});
