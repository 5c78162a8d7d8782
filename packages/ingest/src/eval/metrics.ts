/** Counts and the precision / recall / F1 derived from them. */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Metric extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export const ZERO: Counts = Object.freeze({ tp: 0, fp: 0, fn: 0 });

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/**
 * Precision, recall and F1 from counts. A ratio with nothing in its denominator is 0: predicting
 * nothing scores P = R = F1 = 0. With no counts at all (nothing predicted, nothing to find) the
 * ratios mean nothing; they are 0 too, and the table prints "–" for them (see isEmpty).
 */
export function metric(counts: Counts): Metric {
  const { tp, fp, fn } = counts;
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** True when there was nothing to score (no gold item, no predicted item). */
export function isEmpty(counts: Counts): boolean {
  return counts.tp + counts.fp + counts.fn === 0;
}
