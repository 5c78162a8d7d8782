import type { Fingerprint } from "./fingerprint.js";
import { sortedContainment, sortedJaccard } from "./shingles.js";

/**
 * When two claims report the same utterance. The speaker must be the same (the caller's key:
 * the resolved speaker across articles, or "none"), and then the wording:
 * - the same words (any length: "No." by one speaker in two outlets is one statement), or
 * - word-bigram Jaccard ≥ MIN_JACCARD (a quote with a few words changed, cut or added), or
 * - one report quotes a fragment of the other: containment ≥ MIN_CONTAINMENT over at least
 *   MIN_FRAGMENT_SHINGLES bigrams (a five-word fragment or longer).
 * Thresholds are measured on the PolNeAR statement gold (packages/ingest/gold/statements/).
 */
export interface UtteranceRule {
  minJaccard: number;
  minContainment: number;
  minFragmentShingles: number;
}

export const DEFAULT_RULE: UtteranceRule = { minJaccard: 0.5, minContainment: 0.8, minFragmentShingles: 4 };

/**
 * How alike two wordings are (0–1): their Jaccard when it passes, else half their containment when
 * the rule accepts a fragment. A near-duplicate thus always ranks above a fragment match, so a claim
 * joins the report that says what it says rather than one that merely contains it.
 */
export function similarity(a: Fingerprint, b: Fingerprint, rule: UtteranceRule = DEFAULT_RULE): number {
  if (a.speakerKey !== b.speakerKey || a.variant === "" || b.variant === "") return 0;
  if (a.variant === b.variant) return 1;
  const jac = sortedJaccard(a.shingles, b.shingles);
  if (jac >= rule.minJaccard) return jac;
  if (Math.min(a.shingles.length, b.shingles.length) < rule.minFragmentShingles) return 0;
  const con = sortedContainment(a.shingles, b.shingles);
  return con >= rule.minContainment ? con / 2 : 0;
}

export function sameUtterance(a: Fingerprint, b: Fingerprint, rule: UtteranceRule = DEFAULT_RULE): boolean {
  return similarity(a, b, rule) > 0;
}

/**
 * Why two claims that report one utterance were grouped apart (the evaluation's account of a miss):
 * "speaker", their speaker keys differ (grouping never compares their words); "wording", the rule
 * does not accept their wordings as one; "apart", the rule would accept them, yet the index put them
 * in different statements (LSH never proposed one to the other, or a claim joined a statement it is
 * more alike, or the statement's founding wording is not the one that matches).
 */
export type MissCause = "speaker" | "wording" | "apart";

export function missCause(a: Fingerprint, b: Fingerprint, rule: UtteranceRule = DEFAULT_RULE): MissCause {
  if (a.speakerKey !== b.speakerKey) return "speaker";
  return sameUtterance(a, b, rule) ? "apart" : "wording";
}
