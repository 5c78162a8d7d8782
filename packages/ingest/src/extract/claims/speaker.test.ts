import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function speakers(text: string) {
  return extractDocument(
    { id: "t", text, origin: "t", format: "text" },
    { claimUnit: "attribution", cueDetector: null, speakerRanker: null },
  ).claims.map((c) => [c.cue, c.speaker_start === null ? null : text.slice(c.speaker_start, c.speaker_end ?? 0)]);
}

describe("a possessor's noun phrase as the speaker", () => {
  it.each([
    [
      "a job noun after a place",
      "The plan was set. Connecticut’s tax commissioner says the review found nothing.",
      ["says", "Connecticut’s tax commissioner"],
    ],
    [
      "a job noun after a company",
      "The plan was set. Apple's chief executive says the review found nothing.",
      ["says", "Apple's chief executive"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(speakers(text)).toContainEqual(expected);
  });

  it("is no speaker when the head is a thing ('Trump’s leaks worried …')", () => {
    const found = speakers("The week was long. Trump’s leaks worried officials that the allies would stop sharing.");
    expect(found.map((s) => s[1])).not.toContain("Trump’s leaks");
  });
});

describe("an inverted speaker described, then named", () => {
  it.each([
    [
      "a possessive description",
      "The library will close. “This library is the only warm place some of our members have,” said the group's chair, Deborah A. Whitcombe, 71.",
      "Deborah A. Whitcombe",
      "the group's chair, Deborah A. Whitcombe",
    ],
    [
      "a company's officer",
      "The talks ended. “It is over,” said the company's chief executive, John Smith.",
      "John Smith",
      "the company's chief executive, John Smith",
    ],
  ])("is the person named, the span both: %s", (_name, text, speaker, span) => {
    const claim = extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.at(-1);
    expect([claim?.speaker, text.slice(claim?.speaker_start ?? 0, claim?.speaker_end ?? 0)]).toEqual([speaker, span]);
  });
});
