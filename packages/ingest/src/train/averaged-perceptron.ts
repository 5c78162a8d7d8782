import { seededRandom } from "../random/seeded.js";

/**
 * The averaged perceptron's bookkeeping (Collins 2002), shared by the entity tagger
 * (`perceptron.ts`), the cue detector (`binary-perceptron.ts`) and the speaker ranker
 * (`ranker-perceptron.ts`), which differ only in how they score an example and what they update:
 * weight tables whose average over all steps is the model (w − u / c, where u sums step × update),
 * and seeded epochs over the shuffled examples that count the steps. Single-threaded: the same
 * data and options give the same weights.
 */
export class AveragedPerceptron {
  /** 1 + the examples seen so far: the weight an update carries in the averaged model. */
  step = 1;

  /** A table of `size` weights, all 0, averaged over this perceptron's steps. */
  table(size: number): WeightTable {
    return new WeightTable(size, this);
  }

  /**
   * `epochs` passes over the examples in a seeded shuffled order, one step per example; `learn`
   * scores an example, updates the tables on a mistake and says whether it made one. `reshuffle`:
   * "input" shuffles the examples as given anew each epoch (the tagger), "previous" shuffles the
   * previous epoch's order again (the cue detector, the ranker) — kept apart so the shipped models
   * stay the same bytes.
   */
  epochs<T>(examples: readonly T[], options: EpochOptions, learn: (example: T) => boolean): void {
    const random = seededRandom(options.seed);
    const order = examples.map((_, i) => i);
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      if (options.reshuffle === "input") for (let i = 0; i < order.length; i++) order[i] = i;
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j] as number, order[i] as number];
      }
      let mistakes = 0;
      for (const index of order) {
        if (learn(examples[index] as T)) mistakes++;
        this.step++;
      }
      options.onEpoch?.(epoch, mistakes);
    }
  }
}

export interface EpochOptions {
  epochs: number;
  seed: number;
  reshuffle: "input" | "previous";
  /** After each epoch, with the number of examples it got wrong. */
  onEpoch?: (epoch: number, mistakes: number) => void;
}

/** Weights and the sums of their updates weighted by step, for the average. */
export class WeightTable {
  readonly weights: Float32Array;
  private readonly sums: Float64Array;

  constructor(
    size: number,
    private readonly clock: { readonly step: number },
  ) {
    this.weights = new Float32Array(size);
    this.sums = new Float64Array(size);
  }

  /** Adds `delta` to weight `index` at the current step. */
  add(index: number, delta: number): void {
    this.weights[index] = (this.weights[index] as number) + delta;
    this.sums[index] = (this.sums[index] as number) + this.clock.step * delta;
  }

  /** Adds `delta` to the weight of every feature (hash & mask). */
  addAll(features: readonly number[], mask: number, delta: number): void {
    for (const x of features) this.add(x & mask, delta);
  }

  /** The sum of the features' current weights (hash & mask). */
  score(features: readonly number[], mask: number): number {
    const weights = this.weights;
    let s = 0;
    for (const x of features) s += weights[x & mask] as number;
    return s;
  }

  /** The weights averaged over every step so far. */
  averaged(): Float32Array {
    const step = this.clock.step;
    const out = new Float32Array(this.weights.length);
    for (let i = 0; i < out.length; i++) out[i] = (this.weights[i] as number) - (this.sums[i] as number) / step;
    return out;
  }
}
