import { describe, expect, it } from "vitest";
import { type RankingExample, trainRanker } from "./ranker-perceptron.js";

// Toy decisions: three candidates, each with a feature for its "kind" (1, 2, 3) and one noise feature;
// the right one is always kind 2, whatever its place in the list.
const examples: RankingExample[] = Array.from({ length: 30 }, (_, i) => {
  const kinds = [1, 2, 3].sort((a, b) => ((a * 7 + i) % 5) - ((b * 7 + i) % 5));
  return { features: kinds.map((k) => [k, 100 + ((i + k) % 4)]), correct: kinds.map((k) => k === 2) };
});
const options = { bits: 8, epochs: 5, seed: 3 };

describe("training a ranker (averaged perceptron)", () => {
  it("learns to put the right candidate first", () => {
    const w = trainRanker(examples, options);
    for (const ex of examples) {
      const scores = ex.features.map((f) => f.reduce((s, x) => s + (w[x & 255] as number), 0));
      expect(scores.indexOf(Math.max(...scores))).toBe(ex.correct.indexOf(true));
    }
  });

  it("gives the same weights for the same data and seed", () => {
    expect(
      Buffer.from(trainRanker(examples, options).buffer).equals(Buffer.from(trainRanker(examples, options).buffer)),
    ).toBe(true);
  });

  it("learns nothing from examples with no right candidate", () => {
    const none = examples.map((e) => ({ ...e, correct: e.correct.map(() => false) }));
    expect([...trainRanker(none, options)].every((w) => w === 0)).toBe(true);
  });
});
