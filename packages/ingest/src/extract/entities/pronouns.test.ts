import { describe, expect, it } from "vitest";
import { analyzeText } from "../extract-document.js";
import { resolvePronoun, resolveSourcePronoun } from "./pronouns.js";

/** The name of the person each resolver gives the first "He"/"he"/"She" of `pronoun` in the text. */
function resolved(text: string, pronoun: string) {
  const doc = analyzeText(text, null);
  const offset = text.indexOf(pronoun);
  const gender = /^she\b/i.test(pronoun) ? "f" : "m";
  return {
    source: resolveSourcePronoun(doc, offset, gender)?.name ?? null,
    nearest: resolvePronoun(doc, offset, gender)?.name ?? null,
  };
}

describe("resolving a source pronoun", () => {
  it.each([
    [
      "the subject of the previous sentence, not the last name in it",
      "Ted Cruz attacked Marco Rubio on Tuesday. He said the senator was wrong.",
      "He said",
      { source: "Ted Cruz", nearest: "Marco Rubio" },
    ],
    [
      "the nearest sentence with a person wins over an earlier one",
      "Ted Cruz spoke first. Then Marco Rubio took the stage. He said the plan was wrong.",
      "He said",
      { source: "Marco Rubio", nearest: "Marco Rubio" },
    ],
    [
      "its own sentence first",
      "Ted Cruz spoke first. When Marco Rubio arrived, he said the plan was wrong.",
      "he said",
      { source: "Marco Rubio", nearest: "Marco Rubio" },
    ],
    [
      "not someone the quote it attributes names",
      "Ezequiel Barrionuevo saved two kicks. “Marcos Benítez always goes to his left,” he said.",
      "he said",
      { source: "Ezequiel Barrionuevo", nearest: "Marcos Benítez" },
    ],
    [
      "no one rather than someone the quote names",
      "The match ended late. “Marcos Benítez always goes to his left,” he said.",
      "he said",
      { source: null, nearest: "Marcos Benítez" },
    ],
    [
      "not someone the quote names when a phrase stands between the quote and the pronoun",
      "Donald Trump would not give details. “I want to wait until I meet with Benjamin Netanyahu” before discussing specifics, he said.",
      "he said",
      { source: "Donald Trump", nearest: "Benjamin Netanyahu" },
    ],
    [
      "the previous sentence's speaker, not someone its quote names (rules-96)",
      "Nick Merrill spoke for the campaign. “She wants Bill Clinton to focus on coal country,” Mr. Merrill said. He added that she had a plan.",
      "He added",
      { source: "Nick Merrill", nearest: "Nick Merrill" },
    ],
    [
      "someone a quote names when no one else is in that sentence",
      "Joe Biden spoke. “Barack Obama is a friend,” the crowd heard. He added that it was true.",
      "He added",
      { source: "Barack Obama", nearest: "Barack Obama" },
    ],
    [
      "a person of the other gender is skipped",
      "John Kerry met Hillary Clinton. She said the talks went well.",
      "She said",
      { source: "Hillary Clinton", nearest: "Hillary Clinton" },
    ],
    ["no person before it: none", "He said the talks went well.", "He said", { source: null, nearest: null }],
  ])("%s", (_name, text, pronoun, expected) => {
    expect(resolved(text, pronoun)).toEqual(expected);
  });
});
