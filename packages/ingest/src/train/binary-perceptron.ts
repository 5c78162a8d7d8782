import { seededRandom } from "../random/seeded.js";

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
 * Averaged perceptron for a yes/no decision (Collins 2002; the same averaging as the tagger's and
 * the ranker's): score = sum of the features' weights, yes when above 0; on a mistake add (missed
 * positive, times `positiveWeight`) or subtract (false positive) the features. Single-threaded,
 * seeded shuffle: the same data and options give the same weights.
 */
export function trainBinary(examples: readonly BinaryExample[], options: BinaryTrainOptions): Float32Array {
  const size = 1 << options.bits;
  const mask = size - 1;
  const weights = new Float32Array(size);
  const sums = new Float64Array(size);
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  const positiveWeight = options.positiveWeight ?? 1;
  let step = 1;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let mistakes = 0;
    for (const index of order) {
      const ex = examples[index] as BinaryExample;
      let s = 0;
      for (const x of ex.features) s += weights[x & mask] as number;
      if (s > 0 !== ex.positive) {
        mistakes++;
        const delta = ex.positive ? positiveWeight : -1;
        for (const x of ex.features) {
          const k = x & mask;
          weights[k] = (weights[k] as number) + delta;
          sums[k] = (sums[k] as number) + step * delta;
        }
      }
      step++;
    }
    options.onEpoch?.(epoch, mistakes);
  }
  const averaged = new Float32Array(size);
  for (let i = 0; i < size; i++) averaged[i] = (weights[i] as number) - (sums[i] as number) / step;
  return averaged;
}
