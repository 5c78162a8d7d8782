import type { Sentence } from "../../text/sentences.js";
import type { Token } from "../../text/tokens.js";
import { decodeSentence } from "./decode.js";
import { type DocumentContext, documentContext, featureCount, sentenceFeatures } from "./features.js";
import { spansOf, type TaggedSpan } from "./labels.js";
import type { TaggerModel } from "./model.js";

/** Tags a document sentence by sentence: people, organizations and places as token spans. */
export function tagDocument(
  model: TaggerModel,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  context: DocumentContext = documentContext(tokens),
): TaggedSpan[] {
  const k = featureCount(model.families);
  const spans: TaggedSpan[] = [];
  for (const s of sentences) {
    const n = s.last - s.first;
    if (n === 0) continue;
    const features = sentenceFeatures(tokens, s.first, s.last, context, model.families);
    for (const span of spansOf(decodeSentence(model, features, n, k), s.first)) spans.push(span);
  }
  return spans;
}
