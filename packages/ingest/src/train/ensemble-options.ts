/**
 * What training either attribution model takes (the cue detector, train-cue-detector.ts; the speaker
 * ranker, train-attribution.ts): each is the mean of perceptrons over hashed features, with a
 * threshold or margin chosen by cross-validation on PolNeAR train.
 */
export interface EnsembleTrainingOptions<Family extends string> {
  /** log2 of the feature hash buckets. */
  bits: number;
  /** Passes over the examples. */
  epochs: number;
  /** The first shuffle seed: the ensemble's perceptrons are trained with seed, seed + 1, … */
  seed: number;
  /**
   * Cross-validation folds of train (document i is in fold i mod `folds`): a model trained on the
   * other folds scores each fold, and the cue detector's threshold or the ranker's override margin is
   * chosen on all these held-out scores together.
   */
  folds: number;
  /** Perceptrons averaged into one model. */
  ensemble: number;
  families: Family[];
  log?: (line: string) => void;
}

/**
 * The seed and folds both models train with unless told otherwise: `pnpm train:attribution --seed`
 * sets the two seeds at once, and both models fold train the same way.
 */
export const SHARED_TRAINING_DEFAULTS = { seed: 12, folds: 6 };
