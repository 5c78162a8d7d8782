import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
  }));
}

const HEAD = "Story\n\nMonday, May 4, 2026\n\n";

describe("claims newsdev59 read wrong (rules-170)", () => {
  it.each([
    [
      "'said in a written dissent that'",
      `${HEAD}Commissioner Ruth Abernathy, who cast the lone dissenting vote, said in a written dissent that at least 220 of the rejected signatures should have been counted.`,
      "at least 220 of the rejected signatures should have been counted",
      "Ruth Abernathy",
    ],
    [
      "'According to X,' before a range of years",
      `${HEAD}According to the WHO, Malawi’s 2022–23 outbreak killed more than 1,700 people.`,
      "Malawi’s 2022–23 outbreak killed more than 1,700 people",
      "the WHO",
    ],
    [
      "'It said' after an opening phrase whose noun a name sets off",
      `${HEAD}The Ministry of Health declared an outbreak. In a statement read on the state broadcaster, the Malawi Broadcasting Corporation (MBC), the ministry said the outbreak was linked to floodwater. It said oral rehydration points would open in 40 villages this week.`,
      "oral rehydration points would open in 40 villages this week",
      "Ministry of Health",
    ],
    [
      "'The prosecutor’s office' beside the one office so named",
      `${HEAD}The Istanbul Chief Public Prosecutor’s Office ordered the detentions. The prosecutor’s office rejected the suggestion that the editors had been detained for their journalism.`,
      "the suggestion that the editors had been detained for their journalism",
      "Istanbul Chief Public Prosecutor’s Office",
    ],
  ])("%s", (_name, text, content, speaker) => {
    expect(claims(text).find((c) => c.text === content)?.speaker).toBe(speaker);
  });

  it("no claim in naming someone to a post", () => {
    const text = `${HEAD}Mayor Denise Calloway ordered the review. On Monday she named Deputy Chief Luis Ortega interim chief of the Hadley Falls Police Department.`;
    expect(claims(text)).toEqual([]);
  });

  it("an opening phrase's bare name set off is the subject, not an appositive (newsdev22)", () => {
    const text = `${HEAD}In a statement, DICAPI, the Peruvian Navy's coast guard directorate, denied that foreign vessels had fished inside the zone. "Every contact was tracked and reported," it said.`;
    expect(claims(text).find((c) => c.text === "Every contact was tracked and reported,")?.speaker).toBe("DICAPI");
  });
});
