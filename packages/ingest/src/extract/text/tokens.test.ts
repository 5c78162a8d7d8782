import { describe, expect, it } from "vitest";
import { splitParagraphs } from "./paragraphs.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokens.js";

describe("tokenize", () => {
  it.each([
    ["Trump’s plan", ["Trump", "’s", "plan"]],
    ["the U.S. and H.R. McMaster", ["the", "U.S.", "and", "H.R.", "McMaster"]],
    ["Mr. Smith said", ["Mr.", "Smith", "said"]],
    ["“Yes,” she said.", ["“", "Yes", ",", "”", "she", "said", "."]],
    ["''Yes,'' she said.", ["''", "Yes", ",", "''", "she", "said", "."]],
    ["the voters' choice", ["the", "voters", "'", "choice"]],
    ["Donald Tr\u200Bump said", ["Donald", "Trump", "said"]],
    ["Ac\u2060me said", ["Acme", "said"]],
    ["a\u200B b", ["a", "b"]],
  ])("%s", (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  it.each([
    ["''Yes,'' she said.", ["quote", "word", "punct", "quote", "word", "word", "punct"]],
    ["the voters' choice", ["word", "word", "punct", "word"]],
  ])("%s: a pair of apostrophes is a quote mark, one is not", (text, kinds) => {
    expect(tokenize(text).map((t) => t.kind)).toEqual(kinds);
  });

  it.each([
    [
      "Ünal’s 5 «x» -- y",
      ["Ünal", "’s", "5", "«", "x", "»", "--", "y"],
      ["word", "word", "number", "quote", "word", "quote", "punct", "word"],
    ],
    ["٣ éte ́a „b“", ["٣", "éte", "́a", "„", "b", "“"], ["number", "word", "word", "quote", "word", "quote"]],
    [
      "Its JAMES'S Ms' x's",
      ["Its", "JAMES", "'S", "Ms", "'", "x", "'s"],
      ["word", "word", "word", "word", "punct", "word", "word"],
    ],
    ["“A” — $5", ["“", "A", "”", "—", "$", "5"], ["quote", "word", "quote", "punct", "punct", "number"]],
  ])("%s: kinds beyond ASCII and possessives", (text, texts, kinds) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(texts);
    expect(tokens.map((t) => t.kind)).toEqual(kinds);
  });

  it("keeps offsets that slice back to the token", () => {
    const text = "Stephanie Carvin, an analyst, said “no.”";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("reads a word with an invisible character inside as the word, and keeps its offsets", () => {
    const text = "Donald Tr\u200Bump said";
    const [first, second] = tokenize(text);
    expect(second).toMatchObject({ text: "Trump", lower: "trump", start: 7, end: 13, cap: true });
    expect(text.slice(second?.start, second?.end)).toBe("Tr\u200Bump");
    expect(first?.end).toBe(6);
  });
});

describe("splitSentences", () => {
  it.each([
    ["One thing. Another thing.", 2],
    ["Mr. Smith met Dr. Jones in the U.S. on Monday.", 1],
    ["“It is over.” He left.", 2],
    ["A heading\n\nA paragraph. And more.", 3],
  ])("%s → %i sentences", (text, count) => {
    expect(splitSentences(tokenize(text), splitParagraphs(text))).toHaveLength(count);
  });
});
