import type { Sentence } from "../../text/sentences.js";
import type { Token } from "../../text/tokens.js";
import { emissionScores, viterbi } from "./decode.js";
import { type DocumentContext, documentContext } from "./document-context.js";
import { contextFeatures, type FeatureSet, featureSet, ownFeatureCount, ownFeatures } from "./features.js";
import { LABEL_COUNT, OUTSIDE, spansOf, type TaggedSpan } from "./labels.js";
import type { TaggerModel } from "./model.js";
import { candidateSegments } from "./segments.js";
import { DocumentWords, type WordInfo } from "./word-info.js";

const OWN_FEATURES = new Int32Array(16);

/**
 * The label scores of a word's own features (ownFeatures: they depend on nothing but the word),
 * summed once per word form and model and kept on the word's cached information. Sums of the
 * model's weights (int16 × one scale) are exact in float64 in any order, so the emissions are the
 * same as summing every feature per token.
 */
function ownScores(model: TaggerModel, set: FeatureSet, w: WordInfo): Float64Array {
  if (w.ownOf === model.weights && w.own) return w.own;
  const end = ownFeatures(w, set, OWN_FEATURES, 0);
  const mask = (1 << model.bits) - 1;
  const scores = new Float64Array(LABEL_COUNT);
  for (let f = 0; f < end; f++) {
    const b = ((OWN_FEATURES[f] as number) & mask) * LABEL_COUNT;
    for (let y = 0; y < LABEL_COUNT; y++) scores[y] = (scores[y] as number) + (model.weights[b + y] as number);
  }
  w.own = scores;
  w.ownOf = model.weights;
  return scores;
}

/**
 * Tags a document: people, organizations and places as token spans. Each sentence's candidate
 * runs (segments.ts: capitalized words and the connectors between them) are decoded with
 * Viterbi; every other token is O.
 */
export function tagDocument(
  model: TaggerModel,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  context: DocumentContext = documentContext(tokens),
): TaggedSpan[] {
  const set = featureSet(model.families, model.clusters);
  const k = set.k - ownFeatureCount(set);
  const words = new DocumentWords(tokens);
  const spans: TaggedSpan[] = [];
  let features = new Int32Array(64 * k);
  let base = new Float64Array(64 * LABEL_COUNT);
  let emissions = new Float32Array(64 * LABEL_COUNT);
  for (const s of sentences) {
    for (const [from, to] of candidateSegments(tokens, s.first, s.last)) {
      const n = to - from;
      if (base.length < n * LABEL_COUNT) {
        features = new Int32Array(n * k);
        base = new Float64Array(n * LABEL_COUNT);
        emissions = new Float32Array(n * LABEL_COUNT);
      }
      for (let i = from; i < to; i++) {
        base.set(ownScores(model, set, words.get(i)), (i - from) * LABEL_COUNT);
        contextFeatures(tokens, words, i, s.first, s.last, context, set, features, (i - from) * k, from, to);
      }
      emissionScores(model.weights, model.bits, features, n, k, emissions, base, model.liveRows);
      for (const span of decodeRun(model, emissions, n, from, from === s.first)) spans.push(span);
    }
  }
  return spans;
}

/**
 * The spans of a candidate run of n tokens starting at token `from`, decoded with Viterbi from its
 * label scores (`emissions`, LABEL_COUNT a token): each with its margin, the mean of its tokens'
 * scores over O, and tentative when that is below the model's minimum for its type.
 */
export function decodeRun(
  model: TaggerModel,
  emissions: Float32Array,
  n: number,
  from: number,
  atSentenceStart: boolean,
): TaggedSpan[] {
  const labels = viterbi(emissions, n, model.transitions, undefined, atSentenceStart);
  const spans = spansOf(labels, from);
  for (const span of spans) {
    let margin = 0;
    for (let i = span.first; i < span.last; i++) {
      const row = (i - from) * LABEL_COUNT;
      margin += (emissions[row + (labels[i - from] as number)] as number) - (emissions[row + OUTSIDE] as number);
    }
    span.margin = margin / (span.last - span.first);
    const minMargin =
      span.type === "ORG" ? model.orgMinMargin : span.type === "PER" ? model.personMinMargin : undefined;
    if (minMargin !== undefined && span.margin < minMargin) span.tentative = true;
  }
  return spans;
}
