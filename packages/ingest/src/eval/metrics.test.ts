import { describe, expect, it } from "vitest";
import { addCounts, isEmpty, metric } from "./metrics.js";

describe("metric", () => {
  it.each([
    [{ tp: 3, fp: 1, fn: 2 }, 0.75, 0.6, 2 / 3],
    [{ tp: 0, fp: 0, fn: 5 }, 0, 0, 0],
    [{ tp: 0, fp: 4, fn: 0 }, 0, 0, 0],
    [{ tp: 0, fp: 0, fn: 0 }, 0, 0, 0],
    [{ tp: 2, fp: 0, fn: 0 }, 1, 1, 1],
  ])("%j → P %d R %d F1 %d", (counts, precision, recall, f1) => {
    const m = metric(counts);
    expect(m.precision).toBeCloseTo(precision, 10);
    expect(m.recall).toBeCloseTo(recall, 10);
    expect(m.f1).toBeCloseTo(f1, 10);
    expect(m.tp).toBe(counts.tp);
  });

  it("adds counts field by field", () => {
    expect(addCounts({ tp: 1, fp: 2, fn: 3 }, { tp: 10, fp: 20, fn: 30 })).toEqual({ tp: 11, fp: 22, fn: 33 });
  });
});

describe("isEmpty", () => {
  it.each([
    [{ tp: 0, fp: 0, fn: 0 }, true],
    [{ tp: 0, fp: 0, fn: 1 }, false],
    [{ tp: 0, fp: 1, fn: 0 }, false],
  ])("%j → %s", (counts, empty) => {
    expect(isEmpty(counts)).toBe(empty);
  });
});
