import { describe, expect, it } from "vitest";
import { LABELS, spansOf, transitionAllowed } from "./labels.js";

const ids = (names: string[]) => names.map((n) => LABELS.indexOf(n as (typeof LABELS)[number]));

describe("BIO labels", () => {
  it.each([
    [
      "a person then a place",
      ["B-PER", "I-PER", "O", "B-LOC"],
      [
        [0, 2, "PER"],
        [3, 4, "LOC"],
      ],
    ],
    [
      "two people side by side",
      ["B-PER", "B-PER", "I-PER"],
      [
        [0, 1, "PER"],
        [1, 3, "PER"],
      ],
    ],
    ["a run at the end", ["O", "B-ORG", "I-ORG"], [[1, 3, "ORG"]]],
    ["nothing", ["O", "O"], []],
  ])("spans of %s", (_name, labels, spans) => {
    expect(spansOf(ids(labels)).map((s) => [s.first, s.last, s.type])).toEqual(spans);
  });

  it.each([
    ["O", "I-PER", false],
    ["B-PER", "I-PER", true],
    ["I-PER", "I-PER", true],
    ["B-ORG", "I-PER", false],
    ["I-ORG", "B-PER", true],
    ["O", "B-LOC", true],
  ])("%s → %s allowed: %s", (from, to, allowed) => {
    const [a, b] = ids([from, to]);
    expect(transitionAllowed(a as number, b as number)).toBe(allowed);
  });

  it("an inside label cannot start a sentence", () => {
    expect(transitionAllowed(-1, LABELS.indexOf("I-ORG"))).toBe(false);
  });
});
