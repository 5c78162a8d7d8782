import { describe, expect, it } from "vitest";
import { splitParagraphs } from "./paragraphs.js";
import { joinBracketSplits, splitSentences } from "./sentences.js";
import { tokenize } from "./tokens.js";

function sentences(text: string, join: boolean): string[] {
  const tokens = tokenize(text);
  const split = splitSentences(tokens, splitParagraphs(text));
  return (join ? joinBracketSplits(tokens, split) : split).map((s) => text.slice(s.start, s.end));
}

describe("joinBracketSplits", () => {
  it("joins a sentence a period inside a bracket ended to the rest", () => {
    const text = "Sen. Teresa Montoya-Reyes (D-N.M.) wrote on X that the ruling was right. It was.";
    expect(sentences(text, false)).toHaveLength(3);
    expect(sentences(text, true)).toEqual([
      "Sen. Teresa Montoya-Reyes (D-N.M.) wrote on X that the ruling was right.",
      "It was.",
    ]);
  });

  it.each([
    ["closed brackets", "He spoke (briefly). Then she did."],
    [
      "a bracket that closes far into the next sentence",
      "It rose (as expected. Then it fell for a long time before the end of the year).",
    ],
  ])("leaves %s alone", (_, text) => {
    expect(sentences(text, true)).toEqual(sentences(text, false));
  });

  it("renumbers the tokens' sentences", () => {
    const text = "Lindsey Graham (R-S.C.) said so. Then he left.";
    const tokens = tokenize(text);
    const joined = joinBracketSplits(tokens, splitSentences(tokens, splitParagraphs(text)));
    expect(joined.map((s) => s.index)).toEqual([0, 1]);
    expect(tokens.find((t) => t.text === "left")?.sentence).toBe(1);
    expect(tokens.find((t) => t.text === "said")?.sentence).toBe(0);
  });
});
