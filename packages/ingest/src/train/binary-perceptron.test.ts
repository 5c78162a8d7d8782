import { describe, expect, it } from "vitest";
import { type BinaryExample, trainBinary } from "./binary-perceptron.js";

// Feature 1 is the bias; feature 7 marks a positive, 9 a negative, 3 is noise on both.
const examples: BinaryExample[] = Array.from({ length: 40 }, (_, i) => ({
  features: i % 4 === 0 ? [1, 7, 3] : [1, 9, ...(i % 2 ? [3] : [])],
  positive: i % 4 === 0,
}));
const score = (w: Float32Array, f: readonly number[]) => f.reduce((s, x) => s + (w[x & 15] as number), 0);

describe("the binary averaged perceptron", () => {
  it("separates a separable set", () => {
    const w = trainBinary(examples, { bits: 4, epochs: 5, seed: 1 });
    for (const e of examples) expect(score(w, e.features) > 0).toBe(e.positive);
  });

  it("gives the same weights for the same data, options and seed, and others for another seed", () => {
    const a = trainBinary(examples, { bits: 4, epochs: 3, seed: 9 });
    const b = trainBinary(examples, { bits: 4, epochs: 3, seed: 9 });
    expect([...a]).toEqual([...b]);
    const mistakes: number[] = [];
    trainBinary(examples, { bits: 4, epochs: 3, seed: 9, onEpoch: (_e, m) => mistakes.push(m) });
    expect(mistakes).toHaveLength(3);
    expect(mistakes.at(-1)).toBe(0);
  });

  it("weights missed positives by positiveWeight", () => {
    const one = trainBinary([{ features: [2], positive: true }], { bits: 4, epochs: 1, seed: 1 });
    const three = trainBinary([{ features: [2], positive: true }], { bits: 4, epochs: 1, seed: 1, positiveWeight: 3 });
    expect(three[2]).toBeCloseTo(3 * (one[2] as number));
  });
});
