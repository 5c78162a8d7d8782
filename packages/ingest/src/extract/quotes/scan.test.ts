import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../text/paragraphs.js";
import { scanQuotes } from "./scan.js";

function quotes(text: string) {
  return scanQuotes(text, splitParagraphs(text)).map((q) => ({
    text: text.slice(q.start, q.end),
    continuation: q.continuation,
    continuesNext: q.continuesNext,
  }));
}

describe("scanQuotes", () => {
  it.each([
    ["curly marks", "He said, “We will win this race.” Then he left.", ["We will win this race."]],
    ["straight marks", 'She said, "The plan is dead," and sat down.', ["The plan is dead,"]],
    ["two apostrophes as a mark", "''We are done here,'' he said.", ["We are done here,"]],
    [
      "three apostrophes: the first two close the quote (as the tokenizer reads them), the third opens nothing",
      "''They told me, 'Kosovo is a special case,''' Mr. Putin said. ''It is all lies.''",
      ["They told me, 'Kosovo is a special case,", "It is all lies."],
    ],
    [
      "nested single quotes stay inside",
      "“He called it ‘a farce’ on air,” she said.",
      ["He called it ‘a farce’ on air,"],
    ],
    ["no quotes at all", "Nothing was quoted in this sentence.", []],
    ["empty text", "", []],
    [
      "an unclosed mark ends at its paragraph",
      "“This never closes\n\nThe next paragraph is narration.",
      ["This never closes"],
    ],
    ["a stray closing mark is ignored", "Odd” mark here. “Real quote here now,” he said.", ["Real quote here now,"]],
    [
      "a closing mark typed as the opener at a paragraph start",
      "Getty.\n\n”Fear. I am truly afraid.” ― Edwin G. Monroy",
      ["Fear. I am truly afraid."],
    ],
    ["a closing mark typed as the opener after a space", "He wrote ”never again” twice.", ["never again"]],
    [
      "an opening mark typed as the closer after a comma",
      "“It's unusual,“ said Larry Noble. “Apparently not,“ he said.",
      ["It's unusual,", "Apparently not,"],
    ],
    ["an opening mark typed as the closer at the end of a line", "“Mostly False.“\n\nThe rate.", ["Mostly False."]],
    ["an opening mark after a space still nests", "“He said “no” to me,” she said.", ["He said “no” to me,"]],
    ["a lone closing mark between spaces opens nothing", "It ” was odd. “Real one,” he said.", ["Real one,"]],
  ])("%s", (_name, text, expected) => {
    expect(quotes(text).map((q) => q.text)).toEqual(expected);
  });

  it("links a quote that runs on into a paragraph that reopens it", () => {
    const text = "She said, “First part of it.\n\n“Second part of it.”\n\nNarration.";
    expect(quotes(text)).toEqual([
      { text: "First part of it.", continuation: false, continuesNext: true },
      { text: "Second part of it.", continuation: true, continuesNext: false },
    ]);
  });

  it("does not link an unclosed quote to a paragraph that does not reopen", () => {
    const text = "She said, “First part of it.\n\nNarration follows “and a quote” later.";
    const q = quotes(text);
    expect(q[0]?.continuesNext).toBe(false);
    expect(q[1]?.continuation).toBe(false);
  });
});
