import { describe, expect, it } from "vitest";
import { words, wordTokens } from "./words.js";

describe("words", () => {
  it.each([
    { text: "“This story is false.”", expected: ["this", "story", "is", "false"] },
    { text: "I can’t — won't", expected: ["i", "can't", "won't"] },
    { text: "Mr. Trump's 45% lead", expected: ["mr", "trump's", "45", "lead"] },
    { text: "Café ﬁne", expected: ["café", "fine"] },
    { text: "", expected: [] },
  ])("$text", ({ text, expected }) => {
    expect(words(text)).toEqual(expected);
  });

  it("gives each word's offsets into the text", () => {
    const text = "“No,” he said";
    expect(wordTokens(text).map((t) => text.slice(t.start, t.end))).toEqual(["No", "he", "said"]);
  });
});
