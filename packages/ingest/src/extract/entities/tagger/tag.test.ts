import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../../text/paragraphs.js";
import { splitSentences } from "../../text/sentences.js";
import { tokenize } from "../../text/tokens.js";
import { emissionScores } from "./decode.js";
import { documentContext } from "./document-context.js";
import { sentenceFeatures } from "./features.js";
import type { TaggedSpan } from "./labels.js";
import { entityTagger } from "./load-model.js";
import type { TaggerModel } from "./model.js";
import { candidateSegments } from "./segments.js";
import { decodeRun, tagDocument } from "./tag.js";

/**
 * The tagger as written before word scores were cached: every feature of every token summed per
 * run, the runs decoded as the tagger decodes them.
 */
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
      spans.push(...decodeRun(model, emissions, n, from, from === s.first));
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
