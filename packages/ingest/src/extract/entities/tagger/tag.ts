import type { Sentence } from "../../text/sentences.js";
import type { Token } from "../../text/tokens.js";
import { emissionScores, viterbi } from "./decode.js";
import { type DocumentContext, documentContext } from "./document-context.js";
import { featureSet, tokenFeatures } from "./features.js";
import { LABEL_COUNT, OUTSIDE, spansOf, type TaggedSpan } from "./labels.js";
import type { TaggerModel } from "./model.js";
import { candidateSegments } from "./segments.js";
import { DocumentWords } from "./word-info.js";

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
  const words = new DocumentWords(tokens);
  const spans: TaggedSpan[] = [];
  let features = new Int32Array(64 * set.k);
  let emissions = new Float32Array(64 * LABEL_COUNT);
  for (const s of sentences) {
    for (const [from, to] of candidateSegments(tokens, s.first, s.last)) {
      const n = to - from;
      if (features.length < n * set.k) {
        features = new Int32Array(n * set.k);
        emissions = new Float32Array(n * LABEL_COUNT);
      }
      for (let i = from; i < to; i++)
        tokenFeatures(tokens, words, i, s.first, s.last, context, set, features, (i - from) * set.k);
      emissionScores(model.weights, model.bits, features, n, set.k, emissions);
      const labels = viterbi(emissions, n, model.transitions, undefined, from === s.first);
      for (const span of spansOf(labels, from)) {
        let margin = 0;
        for (let i = span.first; i < span.last; i++) {
          const row = (i - from) * LABEL_COUNT;
          margin += (emissions[row + (labels[i - from] as number)] as number) - (emissions[row + OUTSIDE] as number);
        }
        span.margin = margin / (span.last - span.first);
        if (span.type === "ORG" && model.orgMinMargin !== undefined && span.margin < model.orgMinMargin)
          span.tentative = true;
        spans.push(span);
      }
    }
  }
  return spans;
}
