import { describe, expect, it } from "vitest";
import { AveragedPerceptron } from "./averaged-perceptron.js";

/** The order in which `epochs` visits ten examples over three epochs. */
function visits(reshuffle: "input" | "previous", seed = 5): number[][] {
  const perceptron = new AveragedPerceptron();
  const seen: number[][] = [[]];
  perceptron.epochs(
    Array.from({ length: 10 }, (_, i) => i),
    { epochs: 3, seed, reshuffle, onEpoch: () => seen.push([]) },
    (i) => {
      seen.at(-1)?.push(i);
      return false;
    },
  );
  return seen.slice(0, 3);
}

describe("the averaged perceptron's bookkeeping", () => {
  it("averages a weight over the steps: an update at step s counts from s on", () => {
    const perceptron = new AveragedPerceptron();
    const table = perceptron.table(2);
    // four examples, steps 1–4: weight 0 gets +1 at step 2; weight 1 gets +1 twice at step 3 (3 & 1 = 1)
    perceptron.epochs([0, 1, 2, 3], { epochs: 1, seed: 1, reshuffle: "input" }, () => {
      if (perceptron.step === 2) table.add(0, 1);
      if (perceptron.step === 3) table.addAll([1, 1 + 2], 1, 1);
      return perceptron.step === 2;
    });
    expect(perceptron.step).toBe(5);
    expect(table.weights[0]).toBe(1);
    expect(table.weights[1]).toBe(2);
    // w − u / c with c = 5: u sums step × update (2 × 1; 3 × 1 + 3 × 1)
    expect(table.averaged()[0]).toBeCloseTo(1 - 2 / 5);
    expect(table.averaged()[1]).toBeCloseTo(2 - 6 / 5);
  });

  it("scores features by the sum of their weights, hashed into the table by the mask", () => {
    const table = new AveragedPerceptron().table(4);
    table.addAll([1, 2, 5], 3, 0.5); // 5 & 3 = 1: weight 1 gets 0.5 twice
    expect(table.score([1, 2], 3)).toBe(1.5);
    expect(table.score([5 + 8], 3)).toBe(1);
    expect(table.score([0, 3], 3)).toBe(0);
  });

  it.each(["input", "previous"] as const)(
    "visits every example once an epoch, in the same order for the same seed (%s)",
    (reshuffle) => {
      const orders = visits(reshuffle);
      for (const order of orders) expect([...order].sort((a, b) => a - b)).toEqual([...Array(10).keys()]);
      expect(visits(reshuffle)).toEqual(orders);
      expect(visits(reshuffle, 6)).not.toEqual(orders);
    },
  );

  it("reshuffles the input or the previous order, which differ after the first epoch", () => {
    const input = visits("input");
    const previous = visits("previous");
    expect(input[0]).toEqual(previous[0]);
    expect(input[1]).not.toEqual(previous[1]);
  });

  it("counts the examples each epoch got wrong", () => {
    const mistakes: number[] = [];
    new AveragedPerceptron().epochs(
      [1, 2, 3, 4, 5],
      { epochs: 2, seed: 3, reshuffle: "previous", onEpoch: (_epoch, m) => mistakes.push(m) },
      (x) => x % 2 === 1,
    );
    expect(mistakes).toEqual([3, 3]);
  });
});
