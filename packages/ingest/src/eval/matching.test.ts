import { describe, expect, it } from "vitest";
import { maximumMatching } from "./matching.js";

describe("maximumMatching", () => {
  it.each([
    { name: "no candidates", candidates: [[], []], right: 2, expected: [] },
    {
      name: "disjoint pairs",
      candidates: [[0], [1]],
      right: 2,
      expected: [
        [0, 0],
        [1, 1],
      ],
    },
    // Greedy would give right 0 to left 0 and leave left 1 unmatched; the augmenting path fixes it.
    {
      name: "reassigns to grow",
      candidates: [[0, 1], [0]],
      right: 2,
      expected: [
        [0, 1],
        [1, 0],
      ],
    },
    { name: "one right for two lefts", candidates: [[0], [0]], right: 1, expected: [[0, 0]] },
    { name: "prefers the first candidate", candidates: [[1, 0]], right: 2, expected: [[0, 1]] },
  ])("$name", ({ candidates, right, expected }) => {
    const result = [...maximumMatching(candidates, right).entries()].sort((a, b) => a[0] - b[0]);
    expect(result).toEqual(expected);
  });
});
