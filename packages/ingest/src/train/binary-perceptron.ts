import { AveragedPerceptron } from "./averaged-perceptron.js";

/** One binary decision: hashed features and whether it is a positive. */
export interface BinaryExample {
  features: readonly number[];
  positive: boolean;
}

export interface BinaryTrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** Weight of an update on a missed positive (positives are rare: a few per hundred candidates). */
  positiveWeight?: number;
  onEpoch?: (epoch: number, mistakes: number) => void;
}

/**
 * Averaged perceptron for a yes/no decision (Collins 2002; the bookkeeping in
 * `averaged-perceptron.ts`, shared with the tagger and the ranker): score = sum of the features' weights, yes when above 0; on a mistake add (missed
 * positive, times `positiveWeight`) or subtract (false positive) the features. Single-threaded,
 * seeded shuffle: the same data and options give the same weights.
 */
export function trainBinary(examples: readonly BinaryExample[], options: BinaryTrainOptions): Float32Array {
  const mask = (1 << options.bits) - 1;
  const perceptron = new AveragedPerceptron();
  const table = perceptron.table(1 << options.bits);
  const positiveWeight = options.positiveWeight ?? 1;
  perceptron.epochs(examples, { ...options, reshuffle: "previous" }, (ex) => {
    if (table.score(ex.features, mask) > 0 === ex.positive) return false;
    table.addAll(ex.features, mask, ex.positive ? positiveWeight : -1);
    return true;
  });
  return table.averaged();
}
