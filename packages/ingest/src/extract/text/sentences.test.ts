import { describe, expect, it } from "vitest";
import { splitParagraphs } from "./paragraphs.js";
import { joinBracketSplits, joinInitialSplits, splitSentences } from "./sentences.js";
import { tokenize } from "./tokens.js";

function sentences(text: string, join: boolean): string[] {
  const tokens = tokenize(text);
  const split = splitSentences(tokens, splitParagraphs(text));
  return (join ? joinBracketSplits(tokens, split) : split).map((s) => text.slice(s.start, s.end));
}

describe("joinInitialSplits", () => {
  function joined(text: string): string[] {
    const tokens = tokenize(text);
    return joinInitialSplits(tokens, splitSentences(tokens, splitParagraphs(text))).map((s) =>
      text.slice(s.start, s.end),
    );
  }

  it.each([
    // an initial's period written against the next word of a name ends no sentence for the rules (2026-12-06)
    ["He told the newspaper Folha de S.Paulo that he would cooperate. It was late.", 2],
    // (a period after a whole word, or before a space, still ends one)
    ["The vote was close.The count went on. It was late.", 3],
    ["He met S. Paulo. It was late.", 2],
  ])("%s", (text, count) => {
    expect(joined(text)).toHaveLength(count);
  });

  it("leaves the split the tagger reads as it was", () => {
    expect(sentences("He told the newspaper Folha de S.Paulo that he would cooperate.", false)).toHaveLength(2);
  });
});

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
