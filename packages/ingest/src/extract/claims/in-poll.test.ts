import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string, claimUnit: "attribution" | "quotation" = "attribution") {
  const g = extractDocument(
    { id: "t", text, origin: "t", format: "text" },
    { claimUnit, cueDetector: null, speakerRanker: null },
  );
  return g.claims
    .filter((c) => c.rule === "in-poll")
    .map((c) => [c.text, text.slice(c.speaker_start ?? 0, c.speaker_end ?? 0), c.cue]);
}

describe("poll findings: 'In a CNN poll, …'", () => {
  it.each([
    [
      "a poll named by its outlet",
      "Polls moved. In a CNN national poll, Hillary Clinton held a 24-point lead over Barack Obama among black voters.",
      [["Hillary Clinton held a 24-point lead over Barack Obama among black voters", "a CNN national poll", "In"]],
    ],
    [
      "the same poll again",
      "Polls moved. In the same poll, Obama was winning black voters by 28 points.",
      [["Obama was winning black voters by 28 points", "the same poll", "In"]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    ["no poll in the opening phrase", "In a speech on Monday, Hillary Clinton promised a new tax on the rich."],
    ["a poll that does not open the sentence", "Hillary Clinton, in a CNN poll, held a lead of 24 points over Obama."],
  ])("no claim: %s", (_name, text) => {
    expect(claims(text)).toEqual([]);
  });

  it("belongs to PolNeAR's attribution unit, not the quotation unit", () => {
    const text = "Polls moved. In a CNN national poll, Hillary Clinton held a 24-point lead over Barack Obama.";
    expect(claims(text, "quotation")).toEqual([]);
  });
});
