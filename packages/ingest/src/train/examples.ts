import {
  type DocumentContext,
  documentContext,
  type FeatureFamily,
  sentenceFeatures,
} from "../extract/entities/tagger/features.js";
import { LABEL_COUNT } from "../extract/entities/tagger/labels.js";
import { splitParagraphs } from "../extract/text/paragraphs.js";
import { type Sentence, splitSentences } from "../extract/text/sentences.js";
import { type Token, tokenize } from "../extract/text/tokens.js";
import { allowedLabels, type CharSpan } from "./align.js";

/** One training sentence: hashed features (k per token) and the labels each token may take. */
export interface TrainingSentence {
  n: number;
  features: Int32Array;
  allowed: Uint8Array;
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
export function trainingSentences(doc: AnnotatedDocument, families: readonly FeatureFamily[]): TrainingSentence[] {
  const { tokens, sentences, context } = tokenizeDocument(doc.text);
  const allowed = allowedLabels(tokens, doc.spans, doc.partial);
  return sentences
    .filter((s) => s.last > s.first)
    .map((s) => ({
      n: s.last - s.first,
      features: sentenceFeatures(tokens, s.first, s.last, context, families),
      allowed: allowed.slice(s.first * LABEL_COUNT, s.last * LABEL_COUNT),
    }));
}
