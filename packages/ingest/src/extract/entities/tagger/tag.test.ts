import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../../text/paragraphs.js";
import { splitSentences } from "../../text/sentences.js";
import { tokenize } from "../../text/tokens.js";
import { emissionScores, viterbi } from "./decode.js";
import { documentContext } from "./document-context.js";
import { sentenceFeatures } from "./features.js";
import { LABEL_COUNT, OUTSIDE, spansOf, type TaggedSpan } from "./labels.js";
import { entityTagger } from "./load-model.js";
import type { TaggerModel } from "./model.js";
import { candidateSegments } from "./segments.js";
import { tagDocument } from "./tag.js";

/** The tagger as written before word scores were cached: every feature of every token summed per run. */
function tagEveryFeature(model: TaggerModel, text: string): TaggedSpan[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens, splitParagraphs(text));
  const context = documentContext(tokens);
  const spans: TaggedSpan[] = [];
  for (const s of sentences)
    for (const [from, to] of candidateSegments(tokens, s.first, s.last)) {
      const n = to - from;
      const features = sentenceFeatures(tokens, s.first, s.last, context, model.families, from, to, model.clusters);
      const emissions = emissionScores(model.weights, model.bits, features, n, features.length / n);
      const labels = viterbi(emissions, n, model.transitions, undefined, from === s.first);
      for (const span of spansOf(labels, from)) {
        let margin = 0;
        for (let i = span.first; i < span.last; i++) {
          const row = (i - from) * LABEL_COUNT;
          margin += (emissions[row + (labels[i - from] as number)] as number) - (emissions[row + OUTSIDE] as number);
        }
        span.margin = margin / (span.last - span.first);
        const minMargin =
          span.type === "ORG" ? model.orgMinMargin : span.type === "PER" ? model.personMinMargin : undefined;
        if (minMargin !== undefined && span.margin < minMargin) span.tentative = true;
        spans.push(span);
      }
    }
  return spans;
}

const TEXTS = [
  "Frederick Fung of ADPL said the Council on American-Islamic Relations met Google on Tuesday in Washington D.C.",
  "“We will not,” said Sen. Marco Rubio (R-Fla.). Estimates vary. The estimates vary, Rubio’s office said.",
  "Hugh McGuire Sunday\n\nLibriVox founder Hugh McGuire told Wikinews about O'Reilly and Pride and Prejudice.",
];

describe("tagDocument", () => {
  it.each(TEXTS)("caches each word's own scores without changing a span, type or margin: %s", (text) => {
    const model = entityTagger();
    const tokens = tokenize(text);
    const sentences = splitSentences(tokens, splitParagraphs(text));
    // twice: the second run reads the word scores cached by the first
    const first = tagDocument(model, tokens, sentences);
    const second = tagDocument(model, tokens, sentences);
    const reference = tagEveryFeature(model, text);
    expect(first.length).toBeGreaterThan(0);
    expect(first).toEqual(reference);
    expect(second).toEqual(reference);
  });
});
