import type { Token } from "../../text/tokens.js";
import { afterBoundary, type DocumentContext } from "./document-context.js";
import { mix1, mix2 } from "./hash.js";
import { DocumentWords, type WordInfo, wordAt } from "./word-info.js";

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
    clusters,
  };
}

/**
 * Writes the k hashed features of token i (in the sentence [first, last)) into `out` at `o`.
 * `words`: the document's word information (DocumentWords).
 */
export function tokenFeatures(
  tokens: readonly Token[],
  words: DocumentWords,
  i: number,
  first: number,
  last: number,
  doc: DocumentContext,
  set: FeatureSet,
  out: Int32Array,
  offset: number,
): void {
  const w = words.get(i);
  const prev = wordAt(words, i - 1, first, last);
  const next = wordAt(words, i + 1, first, last);
  let o = offset;
  let t = 0;
  if (set.word) {
    out[o++] = mix1(t++, w.lower);
    out[o++] = mix1(t++, w.word);
  } else t += 2;
  if (set.context) {
    out[o++] = mix1(t++, prev.lower);
    out[o++] = mix1(t++, next.lower);
    out[o++] = mix1(t++, wordAt(words, i - 2, first, last).lower);
    out[o++] = mix1(t++, wordAt(words, i + 2, first, last).lower);
    out[o++] = mix2(t++, prev.lower, w.lower);
    out[o++] = mix2(t++, w.lower, next.lower);
  } else t += 6;
  if (set.shape) {
    out[o++] = mix1(t++, w.shape);
    out[o++] = mix2(t++, prev.shortShape, w.shortShape);
    out[o++] = mix2(t++, w.shortShape, next.shortShape);
    out[o++] = mix2(t++, mix1(99, prev.shortShape), mix2(98, w.shortShape, next.shortShape));
  } else t += 4;
  if (set.affix) {
    out[o++] = mix1(t++, w.prefix3);
    out[o++] = mix1(t++, w.suffix2);
    out[o++] = mix1(t++, w.suffix3);
    out[o++] = mix1(t++, w.suffix4);
  } else t += 4;
  const initial = set.position || set.document ? afterBoundary(tokens, i) : false;
  if (set.position) {
    out[o++] = mix2(t++, initial ? 1 : 0, w.shortShape);
    out[o++] = mix2(t++, initial ? 1 : 0, w.lower);
  } else t += 2;
  if (set.gazetteer) {
    out[o++] = mix1(t++, w.gazetteer);
    out[o++] = mix1(t++, prev.gazetteer);
    out[o++] = mix1(t++, next.gazetteer);
    out[o++] = mix2(t++, prev.gazetteer, mix2(97, w.gazetteer, next.gazetteer));
  } else t += 4;
  if (set.document) {
    const lower = (tokens[i] as Token).lower;
    const seen = !w.cap ? 0 : (doc.lowerSeen.has(lower) ? 1 : 0) + (doc.capInside.has(lower) ? 2 : 0);
    out[o++] = mix2(t++, seen, initial ? 1 : 0);
    out[o++] = mix2(t++, seen, w.shortShape);
  } else t += 2;
  if (set.cluster) {
    const c = (info: WordInfo) => (set.clusters.get(info.lower) ?? 255) + 1;
    const c0 = c(w);
    out[o++] = mix2(t++, c0, w.cap ? 1 : 0);
    out[o++] = mix2(t++, c(prev), c0);
    out[o++] = mix2(t++, c0, c(next));
    out[o++] = mix2(t++, c0, w.shortShape);
  }
}

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
  for (let i = from; i < to; i++) tokenFeatures(tokens, words, i, first, last, doc, set, out, (i - from) * set.k);
  return out;
}
