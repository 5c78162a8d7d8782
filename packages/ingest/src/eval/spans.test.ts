import { describe, expect, it } from "vitest";
import { isInside, mergeSpans, overlap, spansMatch } from "./spans.js";

const s = (start: number, end: number) => ({ start, end });

describe("overlap", () => {
  it.each([
    [s(0, 10), s(5, 20), 5],
    [s(0, 10), s(10, 20), 0],
    [s(0, 10), s(2, 4), 2],
    [s(5, 6), s(0, 3), 0],
  ])("%j ∩ %j = %d", (a, b, n) => {
    expect(overlap(a, b)).toBe(n);
    expect(overlap(b, a)).toBe(n);
  });
});

describe("spansMatch (overlap ≥ half of the shorter span)", () => {
  it.each([
    { a: s(0, 100), b: s(0, 100), match: true },
    { a: s(0, 100), b: s(40, 60), match: true }, // the shorter is fully inside
    { a: s(0, 10), b: s(5, 100), match: true }, // exactly half of the shorter
    { a: s(0, 10), b: s(6, 100), match: false }, // just under half
    { a: s(0, 10), b: s(10, 20), match: false }, // touching only
    { a: s(5, 5), b: s(0, 10), match: false }, // empty span
  ])("$a vs $b → $match", ({ a, b, match }) => {
    expect(spansMatch(a, b)).toBe(match);
    expect(spansMatch(b, a)).toBe(match);
  });
});

describe("mergeSpans", () => {
  it("merges overlapping and touching spans, sorted", () => {
    expect(mergeSpans([s(20, 30), s(0, 5), s(5, 8), s(25, 40)])).toEqual([s(0, 8), s(20, 40)]);
  });
});

describe("isInside (ignored spans)", () => {
  it.each([
    { span: s(10, 20), ignored: [], inside: false },
    { span: s(10, 20), ignored: [s(0, 100)], inside: true },
    { span: s(10, 20), ignored: [s(15, 30)], inside: true }, // half
    { span: s(10, 20), ignored: [s(16, 30)], inside: false },
    { span: s(10, 20), ignored: [s(10, 13), s(17, 20)], inside: true }, // two pieces add up
    { span: s(10, 20), ignored: [s(10, 14), s(12, 14)], inside: false }, // overlapping pieces count once
    { span: s(12, 12), ignored: [s(10, 20)], inside: true },
  ])("$span in $ignored → $inside", ({ span, ignored, inside }) => {
    expect(isInside(span, ignored)).toBe(inside);
  });
});
