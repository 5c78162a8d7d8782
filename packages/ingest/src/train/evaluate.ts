import { charSpans, countSpans, type SpanScores } from "../eval/span-score.js";
import type { TaggedType } from "../extract/entities/tagger/labels.js";
import type { TaggerModel } from "../extract/entities/tagger/model.js";
import { tagDocument } from "../extract/entities/tagger/tag.js";
import type { AnnotatedDocument } from "./examples.js";
import { tokenizeDocument } from "./examples.js";

/** Exact-span P/R/F1 of the tagger alone against annotated documents, for the types given. */
export function evaluateTagger(
  model: TaggerModel,
  docs: readonly AnnotatedDocument[],
  types: readonly TaggedType[],
): SpanScores {
  const scores: SpanScores = {};
  for (const doc of docs) {
    const { tokens, sentences, context } = tokenizeDocument(doc.text);
    const predicted = charSpans(tokens, tagDocument(model, tokens, sentences, context));
    countSpans(predicted, doc.spans, types, scores);
  }
  return scores;
}
