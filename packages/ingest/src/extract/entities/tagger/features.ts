import { mix1, mix2 } from "../../text/hash.js";
import type { Token } from "../../text/tokens.js";
import { afterBoundary, type DocumentContext } from "./document-context.js";
import { clusterOf, DocumentWords, type WordInfo, wordAt } from "./word-info.js";

/**
 * Feature families (each can be switched off to measure it; the model file records which were on):
 * - word: the lower-cased word
 * - context: the words around it (±2), word bigrams
 * - shape: word shape ("Xx", "X.X.", "dd") with its length, and shapes of the neighbours
 * - affix: prefixes and suffixes of the lower-cased word
 * - position: sentence start (or after a quote, colon, bracket, dash) × shape
 * - gazetteer: the project's lexicons (gazetteer.ts) for the word and its neighbours
 * - document: whether the word is seen lower-cased, or capitalized inside a sentence, elsewhere
 *   in the same document ("Estimates" at a sentence start vs "Trump")
 * - cluster: distributional word classes of the lower-cased word and its neighbours, learned from
 *   unlabelled news text (train/clusters.ts; words seen at least 3 times, stored by hash)
 * - run: the candidate run the word stands in (segments.ts): its last word and its head (the word
 *   before its first "of"/"for"/"on"), each with the word's place in the run, and the run's
 *   length — "Times", "Magazine", "Committee", "Gaming" speak for every word of "… Times"
 */
export const FEATURE_FAMILIES = [
  "word",
  "context",
  "shape",
  "affix",
  "position",
  "gazetteer",
  "document",
  "cluster",
  "run",
] as const;
export type FeatureFamily = (typeof FEATURE_FAMILIES)[number];

/** Templates each family emits per token (fixed, so a sentence's features are a flat array). */
const FAMILY_SIZE: Record<FeatureFamily, number> = {
  word: 2,
  context: 6,
  shape: 4,
  affix: 4,
  position: 2,
  gazetteer: 4,
  document: 2,
  cluster: 4,
  run: 3,
};

export function featureCount(families: readonly FeatureFamily[]): number {
  return families.reduce((sum, f) => sum + FAMILY_SIZE[f], 0);
}

/** Which families are on, as flags (checked per token). */
export interface FeatureSet {
  families: readonly FeatureFamily[];
  k: number;
  word: boolean;
  context: boolean;
  shape: boolean;
  affix: boolean;
  position: boolean;
  gazetteer: boolean;
  document: boolean;
  cluster: boolean;
  run: boolean;
  /** Word class by hash of the lower-cased word (cluster family). */
  clusters: WordClusters;
}

/** Word classes: hash of a lower-cased word → class id (0–254). */
export type WordClusters = ReadonlyMap<number, number>;
const NO_CLUSTERS: WordClusters = new Map();

export function featureSet(families: readonly FeatureFamily[], clusters: WordClusters = NO_CLUSTERS): FeatureSet {
  const on = (f: FeatureFamily) => families.includes(f);
  return {
    families,
    k: featureCount(families),
    word: on("word"),
    context: on("context"),
    shape: on("shape"),
    affix: on("affix"),
    position: on("position"),
    gazetteer: on("gazetteer"),
    document: on("document"),
    cluster: on("cluster"),
    run: on("run"),
    clusters,
  };
}

/**
 * The features of a word that depend on nothing but the word (its forms, shape, affixes, lexicon
 * bits, word class): the tagger sums their weights once per word form and model (`ownScores`).
 * They come first in a token's features; `contextFeatures` writes the rest.
 */
export function ownFeatureCount(set: FeatureSet): number {
  return (
    (set.word ? 2 : 0) + (set.shape ? 1 : 0) + (set.affix ? 4 : 0) + (set.gazetteer ? 1 : 0) + (set.cluster ? 2 : 0)
  );
}

/** Writes the word-only features of `w` into `out` at `offset`; returns the offset after them. */
export function ownFeatures(w: WordInfo, set: FeatureSet, out: Int32Array, offset: number): number {
  let o = offset;
  // template ids are fixed per template (they do not depend on which families are on)
  if (set.word) {
    out[o++] = mix1(0, w.lower);
    out[o++] = mix1(1, w.word);
  }
  if (set.shape) out[o++] = mix1(8, w.shape);
  if (set.affix) {
    out[o++] = mix1(12, w.prefix3);
    out[o++] = mix1(13, w.suffix2);
    out[o++] = mix1(14, w.suffix3);
    out[o++] = mix1(15, w.suffix4);
  }
  if (set.gazetteer) out[o++] = mix1(18, w.gazetteer);
  if (set.cluster) {
    const c0 = clusterOf(w, set.clusters);
    out[o++] = mix2(24, c0, w.cap ? 1 : 0);
    out[o++] = mix2(27, c0, w.shortShape);
  }
  return o;
}

/**
 * Writes the features of token i (in the sentence [first, last)) that look beyond the word — its
 * neighbours, its position, the document — into `out` at `offset` (k − ownFeatureCount of them).
 */
export function contextFeatures(
  tokens: readonly Token[],
  words: DocumentWords,
  i: number,
  first: number,
  last: number,
  doc: DocumentContext,
  set: FeatureSet,
  out: Int32Array,
  offset: number,
  runFirst = first,
  runLast = last,
): void {
  const w = words.get(i);
  const prev = wordAt(words, i - 1, first, last);
  const next = wordAt(words, i + 1, first, last);
  let o = offset;
  if (set.context) {
    out[o++] = mix1(2, prev.lower);
    out[o++] = mix1(3, next.lower);
    out[o++] = mix1(4, wordAt(words, i - 2, first, last).lower);
    out[o++] = mix1(5, wordAt(words, i + 2, first, last).lower);
    out[o++] = mix2(6, prev.lower, w.lower);
    out[o++] = mix2(7, w.lower, next.lower);
  }
  if (set.shape) {
    out[o++] = mix2(9, prev.shortShape, w.shortShape);
    out[o++] = mix2(10, w.shortShape, next.shortShape);
    out[o++] = mix2(11, mix1(99, prev.shortShape), mix2(98, w.shortShape, next.shortShape));
  }
  const initial = set.position || set.document ? afterBoundary(tokens, i) : false;
  if (set.position) {
    out[o++] = mix2(16, initial ? 1 : 0, w.shortShape);
    out[o++] = mix2(17, initial ? 1 : 0, w.lower);
  }
  if (set.gazetteer) {
    out[o++] = mix1(19, prev.gazetteer);
    out[o++] = mix1(20, next.gazetteer);
    out[o++] = mix2(21, prev.gazetteer, mix2(97, w.gazetteer, next.gazetteer));
  }
  if (set.document) {
    const lower = (tokens[i] as Token).lower;
    const seen = !w.cap ? 0 : (doc.lowerSeen.has(lower) ? 1 : 0) + (doc.capInside.has(lower) ? 2 : 0);
    out[o++] = mix2(22, seen, initial ? 1 : 0);
    out[o++] = mix2(23, seen, w.shortShape);
  }
  if (set.cluster) {
    const c0 = clusterOf(w, set.clusters);
    out[o++] = mix2(25, clusterOf(prev, set.clusters), c0);
    out[o++] = mix2(26, c0, clusterOf(next, set.clusters));
  }
  if (set.run) {
    const position = runFirst + 1 === runLast ? 0 : i === runFirst ? 1 : i + 1 === runLast ? 3 : 2;
    let head = runLast - 1;
    for (let k = runFirst + 1; k < runLast - 1; k++)
      if (RUN_HEAD_ENDS.has((tokens[k] as Token).lower)) {
        head = k - 1;
        break;
      }
    out[o++] = mix2(34, words.get(runLast - 1).lower, position);
    out[o++] = mix2(35, words.get(head).lower, position);
    out[o++] = mix2(36, Math.min(runLast - runFirst, 5), position);
  }
}

/** Connectors after a run's head noun ("Council on …", "Department of …"). */
const RUN_HEAD_ENDS = new Set(["of", "for", "on"]);

/**
 * Hashed features of the tokens [from, to) inside the sentence [first, last):
 * `featureCount(families)` 32-bit hashes per token, token after token. Neighbours outside the
 * sentence are an edge marker.
 */
export function sentenceFeatures(
  tokens: readonly Token[],
  first: number,
  last: number,
  doc: DocumentContext,
  families: readonly FeatureFamily[],
  from = first,
  to = last,
  clusters?: WordClusters,
): Int32Array {
  const set = featureSet(families, clusters);
  const out = new Int32Array((to - from) * set.k);
  const words = new DocumentWords(tokens);
  // each token's k features: the word's own, then its context's
  for (let i = from; i < to; i++) {
    const own = ownFeatures(words.get(i), set, out, (i - from) * set.k);
    contextFeatures(tokens, words, i, first, last, doc, set, out, own, from, to);
  }
  return out;
}
