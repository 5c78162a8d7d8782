import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff.js";

describe("wordDiff", () => {
  it.each([
    { from: "This story is false.", to: "“This story is false,”", parts: [["same", "This story is false"]] },
    {
      from: "I can't imagine them thinking it is safe",
      to: "I cannot imagine them thinking it's safe",
      parts: [
        ["same", "I"],
        ["removed", "can't"],
        ["added", "cannot"],
        ["same", "imagine them thinking"],
        ["removed", "it is"],
        ["added", "it's"],
        ["same", "safe"],
      ],
    },
    { from: "", to: "new words", parts: [["added", "new words"]] },
    { from: "old words", to: "", parts: [["removed", "old words"]] },
    {
      from: "a fragment",
      to: "only a fragment here",
      parts: [
        ["added", "only"],
        ["same", "a fragment"],
        ["added", "here"],
      ],
    },
  ])("$from → $to", ({ from, to, parts }) => {
    expect(wordDiff(from, to).map((p) => [p.op, p.text])).toEqual(parts);
  });

  it("keeps each side's spelling: removed words as the first report wrote them, the rest as the second", () => {
    expect(wordDiff("The PRESIDENT lied", "the president said")).toEqual([
      { op: "same", text: "the president" },
      { op: "removed", text: "lied" },
      { op: "added", text: "said" },
    ]);
  });
});
