import { describe, expect, it } from "vitest";
import { seededRandom } from "../../random/seeded.js";
import { PrefixMax, type Span, SpanIndex } from "./interval-index.js";

/** The scans the index replaces, as the reference it must agree with. */
const overlapsByScan = (spans: Span[], s: Span) => spans.some((o) => o.start < s.end && s.start < o.end);
const coversByScan = (spans: Span[], start: number, end: number) => spans.some((o) => o.start <= start && o.end >= end);

describe("SpanIndex", () => {
  const stored: Span[] = [
    { start: 10, end: 20 },
    { start: 30, end: 35 },
  ];
  it.each([
    ["inside", { start: 12, end: 15 }, true, true],
    ["touching the end", { start: 20, end: 25 }, false, false],
    ["touching the start", { start: 5, end: 10 }, false, false],
    ["across the start", { start: 5, end: 11 }, true, false],
    ["exactly one span", { start: 30, end: 35 }, true, true],
    ["spanning both", { start: 0, end: 40 }, true, false],
    ["between", { start: 21, end: 29 }, false, false],
    ["empty, inside", { start: 15, end: 15 }, true, true],
    ["at zero", { start: 0, end: 0 }, false, false],
  ])("%s: overlaps %s, covered %s", (_, span, overlaps, covered) => {
    const index = new SpanIndex(stored);
    expect(index.overlaps(span)).toBe(overlaps);
    expect(index.covers(span.start, span.end)).toBe(covered);
    expect([overlapsByScan(stored, span), coversByScan(stored, span.start, span.end)]).toEqual([overlaps, covered]);
  });

  it("agrees with a scan over random spans added one by one", () => {
    const random = seededRandom(17);
    const int = (n: number) => Math.floor(random() * n);
    const spans: Span[] = [];
    const index = new SpanIndex();
    for (let i = 0; i < 400; i++) {
      const start = int(300);
      const span = { start, end: start + int(20) };
      const probe = { start: int(320), end: 0 };
      probe.end = probe.start + int(15);
      expect(index.overlaps(probe), `overlaps ${JSON.stringify(probe)} after ${i}`).toBe(overlapsByScan(spans, probe));
      expect(index.covers(probe.start, probe.end)).toBe(coversByScan(spans, probe.start, probe.end));
      spans.push(span);
      index.add(span);
    }
  });
});

describe("PrefixMax", () => {
  it("keeps the largest value at or before each position, and rejects a negative one", () => {
    const m = new PrefixMax();
    expect(m.upTo(3)).toBe(Number.NEGATIVE_INFINITY);
    m.set(2, 5);
    m.set(0, 1);
    m.set(9, 3);
    m.set(30, 7);
    m.set(30, 6); // a smaller value at a position already set changes nothing
    expect([0, 1, 2, 8, 9, 29, 30, 1000].map((p) => m.upTo(p))).toEqual([1, 1, 5, 5, 5, 5, 7, 7]);
    expect(() => m.set(-1, 0)).toThrow(/bad position -1/);
  });

  it("agrees with a scan over random values at random positions", () => {
    const random = seededRandom(29);
    const m = new PrefixMax();
    const values = new Map<number, number>();
    const byScan = (p: number) =>
      Math.max(Number.NEGATIVE_INFINITY, ...[...values].filter(([q]) => q <= p).map(([, v]) => v));
    for (let i = 0; i < 300; i++) {
      const position = Math.floor(random() * 2 ** Math.floor(random() * 12));
      const value = Math.floor(random() * 1000);
      m.set(position, value);
      values.set(position, Math.max(values.get(position) ?? Number.NEGATIVE_INFINITY, value));
      const probe = Math.floor(random() * 5000);
      expect(m.upTo(probe), `upTo(${probe}) after ${i} values`).toBe(byScan(probe));
    }
    expect(m.size).toBe(values.size);
  });
});
