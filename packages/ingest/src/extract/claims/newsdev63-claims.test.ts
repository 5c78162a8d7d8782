import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
  }));
}

const HEAD = "Story\n\nTuesday, November 3, 2015\n\n";

describe("claims newsdev63 read wrong (rules-175)", () => {
  it.each([
    [
      "a candidate's campaign by his possessive is the committee named for him",
      `${HEAD}Thomas Carver’s presidential campaign on Monday accused the Republican National Committee of rigging next week’s debate against him.\n\nCarver for President said in a statement that it would appeal.`,
      "the Republican National Committee of rigging next week’s debate against him",
      "Carver for President",
    ],
    [
      "'according to ministry figures' beside the one ministry",
      `${HEAD}Vietnam's Ministry of Health reported a surge. Vietnam recorded more than 170,000 dengue cases nationwide last year, according to ministry figures.`,
      "Vietnam recorded more than 170,000 dengue cases nationwide last year",
      "Ministry of Health",
    ],
    [
      "blaming a thing on a cause",
      `${HEAD}The Swiss People's Party (SVP), which campaigned for the plan, blamed the defeat on low turnout in rural areas.`,
      "the defeat on low turnout in rural areas",
      "Swiss People's Party",
    ],
  ])("%s", (_name, text, content, speaker) => {
    expect(claims(text).find((c) => c.text === content)?.speaker).toBe(speaker);
  });

  it.each([
    [
      "what a requirement requires",
      `${HEAD}A federal appeals court on Tuesday upheld Mississippi's requirement that voters show photo identification at the polls.`,
    ],
    ["where a stance was taken", `${HEAD}Campaigners celebrated on the Bundesplatz in Bern.`],
  ])("no claim in %s", (_name, text) => {
    expect(claims(text)).toEqual([]);
  });

  it("a poll's share is no stance of its own", () => {
    const text = `${HEAD}A Cadem poll found that 61 percent of Chileans supported an employer contribution, but only 34 percent backed sending part of it to a common fund.`;
    expect(claims(text).map((c) => c.speaker)).toEqual(["Cadem"]);
  });
});
