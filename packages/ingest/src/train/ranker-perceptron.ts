import { AveragedPerceptron } from "./averaged-perceptron.js";

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
 * Averaged perceptron for ranking (Collins 2002; the bookkeeping in `averaged-perceptron.ts`,
 * shared with the tagger and the cue detector): score every candidate; when the best one is
 * wrong, add the features of the best-scoring right candidate and subtract the predicted one's.
 * Ties go to the earlier candidate, as at run time. Single-threaded, seeded shuffle: the same data and options give the same weights.
 */
export function trainRanker(examples: readonly RankingExample[], options: RankerTrainOptions): Float32Array {
  const mask = (1 << options.bits) - 1;
  const perceptron = new AveragedPerceptron();
  const table = perceptron.table(1 << options.bits);
  perceptron.epochs(examples, { ...options, reshuffle: "previous" }, (ex) => {
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    let right = -1;
    let rightScore = Number.NEGATIVE_INFINITY;
    ex.features.forEach((f, c) => {
      const s = table.score(f, mask);
      if (s > bestScore) [best, bestScore] = [c, s];
      if (ex.correct[c] && s > rightScore) [right, rightScore] = [c, s];
    });
    if (right < 0 || ex.correct[best]) return false;
    table.addAll(ex.features[right] as number[], mask, 1);
    table.addAll(ex.features[best] as number[], mask, -1);
    return true;
  });
  return table.averaged();
}
