import { type DocumentContext, documentContext } from "../extract/entities/tagger/document-context.js";
import { type FeatureFamily, sentenceFeatures, type WordClusters } from "../extract/entities/tagger/features.js";
import { LABEL_COUNT } from "../extract/entities/tagger/labels.js";
import { candidateSegments } from "../extract/entities/tagger/segments.js";
import { splitParagraphs } from "../extract/text/paragraphs.js";
import { type Sentence, splitSentences } from "../extract/text/sentences.js";
import { type Token, tokenize } from "../extract/text/tokens.js";
import { allowedLabels, type CharSpan } from "./align.js";

/** One training run (a candidate run of a sentence): hashed features (k per token) and the labels each token may take. */
export interface TrainingSentence {
  n: number;
  features: Int32Array;
  allowed: Uint8Array;
  /** The run starts its sentence (else it follows an O). */
  atSentenceStart: boolean;
}

/** A document tokenized as extraction tokenizes it, with its gold spans. */
export interface AnnotatedDocument {
  id: string;
  text: string;
  spans: CharSpan[];
  /** Only some types annotated (GUM: no places). */
  partial: boolean;
}

export interface TokenizedDocument {
  tokens: Token[];
  sentences: Sentence[];
  context: DocumentContext;
}

export function tokenizeDocument(text: string): TokenizedDocument {
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens, splitParagraphs(text));
  return { tokens, sentences, context: documentContext(tokens) };
}

/** Training sentences of one annotated document, with the tokenizer extraction uses. */
export function trainingSentences(
  doc: AnnotatedDocument,
  families: readonly FeatureFamily[],
  clusters?: WordClusters,
): TrainingSentence[] {
  const { tokens, sentences, context } = tokenizeDocument(doc.text);
  const allowed = allowedLabels(tokens, doc.spans, doc.partial);
  const out: TrainingSentence[] = [];
  for (const s of sentences)
    for (const [from, to] of candidateSegments(tokens, s.first, s.last))
      out.push({
        n: to - from,
        features: sentenceFeatures(tokens, s.first, s.last, context, families, from, to, clusters),
        allowed: allowed.slice(from * LABEL_COUNT, to * LABEL_COUNT),
        atSentenceStart: from === s.first,
      });
  return out;
}
