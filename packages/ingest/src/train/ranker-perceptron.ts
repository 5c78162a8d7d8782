import { seededRandom } from "../random/seeded.js";

/** One ranking decision: the candidates' hashed features and which candidates are right. */
export interface RankingExample {
  features: number[][];
  correct: boolean[];
}

export interface RankerTrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  onEpoch?: (epoch: number, mistakes: number) => void;
}

/**
 * Averaged perceptron for ranking (Collins 2002, the same update and averaging as the tagger's
 * `perceptron.ts`): score every candidate; when the best one is wrong, add the features of the
 * best-scoring right candidate and subtract the predicted one's. Ties go to the earlier candidate,
 * as at run time. Single-threaded, seeded shuffle: the same data and options give the same weights.
 */
export function trainRanker(examples: readonly RankingExample[], options: RankerTrainOptions): Float32Array {
  const size = 1 << options.bits;
  const mask = size - 1;
  const weights = new Float32Array(size);
  const sums = new Float64Array(size);
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  let step = 1;
  const score = (f: readonly number[]) => {
    let s = 0;
    for (const x of f) s += weights[x & mask] as number;
    return s;
  };
  const update = (f: readonly number[], delta: number) => {
    for (const x of f) {
      const i = x & mask;
      weights[i] = (weights[i] as number) + delta;
      sums[i] = (sums[i] as number) + step * delta;
    }
  };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let mistakes = 0;
    for (const index of order) {
      const ex = examples[index] as RankingExample;
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      let right = -1;
      let rightScore = Number.NEGATIVE_INFINITY;
      ex.features.forEach((f, c) => {
        const s = score(f);
        if (s > bestScore) [best, bestScore] = [c, s];
        if (ex.correct[c] && s > rightScore) [right, rightScore] = [c, s];
      });
      if (right >= 0 && !ex.correct[best]) {
        mistakes++;
        update(ex.features[right] as number[], 1);
        update(ex.features[best] as number[], -1);
      }
      step++;
    }
    options.onEpoch?.(epoch, mistakes);
  }
  const averaged = new Float32Array(size);
  for (let i = 0; i < size; i++) averaged[i] = (weights[i] as number) - (sums[i] as number) / step;
  return averaged;
}
