import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
  }));
}

const HEAD = "Story\n\nMonday, May 4, 2026\n\n";

describe("claims newsdev58 read wrong (rules-169)", () => {
  it.each([
    [
      "'ruled on Friday that'",
      `${HEAD}The Hålogaland Court of Appeal ruled on Friday that the licence for the wind farm in Finnmark was invalid.`,
      "the licence for the wind farm in Finnmark was invalid",
      "Hålogaland Court of Appeal",
    ],
    [
      "'A senior Republican aide on the … Committee, who was not authorized …, said'",
      `${HEAD}A senior Republican aide on the Senate Health, Education, Labor and Pensions Committee, who was not authorized to discuss the schedule publicly, said several members were worried that a cap would push insurers to raise premiums.`,
      "several members were worried that a cap would push insurers to raise premiums",
      "senior Republican aide on the Senate Health, Education, Labor and Pensions Committee",
    ],
    [
      "'X, a spokesman for Y's campaign committee, Z, said': the person the sentence opens with",
      `${HEAD}Derek Ames, a spokesman for Kowalczyk's campaign committee, Kowalczyk for Congress, said the records did not capture convoy missions.`,
      "the records did not capture convoy missions",
      "Derek Ames",
    ],
    [
      "'The agency said' after the sentence the body opens",
      `${HEAD}The National Disaster Management Agency said 14 people had died.\n\nThe United Nations Children’s Fund (UNICEF) said in a statement that about 85,000 children were among the displaced. The agency said it was flying in water purification tablets from Copenhagen.`,
      "it was flying in water purification tablets from Copenhagen",
      "United Nations Children’s Fund",
    ],
  ])("%s", (_name, text, content, speaker) => {
    expect(claims(text).find((c) => c.text === content)?.speaker).toBe(speaker);
  });

  it.each([
    ["a slogan on signs", `${HEAD}Nurses packed the room, and several held signs reading "Babies Don't Wait."`],
    ["a programme agreed", `${HEAD}Ghana agreed the loan programme with the IMF in 2023 after defaulting on its debt.`],
    [
      "talks that broke down",
      `${HEAD}The union has had no contract since July, and talks broke down in December after 14 months.`,
    ],
  ])("no claim in %s", (_name, text) => {
    expect(claims(text)).toEqual([]);
  });

  it("'… and ranked restaurants …' goes on with the ruling's clause", () => {
    const text = `${HEAD}The Italian Competition Authority on Tuesday fined PiattoVia 18 million euros, ruling that it had misled customers about delivery charges and ranked restaurants in its app by the commissions they paid.`;
    expect(claims(text).map((c) => c.text)).toEqual([
      "it had misled customers about delivery charges and ranked restaurants in its app by the commissions they paid",
    ]);
  });
});
