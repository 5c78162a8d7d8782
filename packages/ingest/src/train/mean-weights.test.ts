import { describe, expect, it } from "vitest";
import { meanWeights, seedsOf } from "./mean-weights.js";

describe("meanWeights", () => {
  it("averages tables position by position", () => {
    expect([
      ...meanWeights([
        [1, 2, -3],
        [3, 0, 3],
        [2, 4, 0],
      ]),
    ]).toEqual([2, 2, 0]);
  });

  it("gives an ensemble's seeds from its first", () => {
    expect(seedsOf({ seed: 12, ensemble: 3 })).toEqual([12, 13, 14]);
  });

  it("refuses no tables and tables of different sizes", () => {
    expect(() => meanWeights([])).toThrow(/no weights/);
    expect(() => meanWeights([[1], [1, 2]])).toThrow(/differ in size/);
  });
});
