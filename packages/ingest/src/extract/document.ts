import type { EntityTable } from "./entities/resolve.js";
import type { Mention } from "./entities/types.js";
import { partitionPoint } from "./partition-point.js";
import type { QuoteSpan } from "./quotes/scan.js";
import type { Paragraph } from "./text/paragraphs.js";
import type { Sentence } from "./text/sentences.js";
import type { Token } from "./text/tokens.js";

/** Everything the extraction stages share about one document. */
export interface AnalyzedText {
  text: string;
  tokens: Token[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: QuoteSpan[];
  entities: EntityTable;
  /** Resolved mention that starts at a token index. */
  mentionByFirstToken: Map<number, Mention>;
  /** Resolved mention that ends at a token index (its last token). */
  mentionByLastToken: Map<number, Mention>;
}

/** Index of the first mention (sorted by start) whose start is >= offset (binary search). */
export function mentionAtOrAfter(mentions: readonly { start: number }[], offset: number): number {
  return partitionPoint(mentions.length, (i) => (mentions[i] as { start: number }).start < offset);
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAtOrAfter(tokens: Token[], offset: number): number {
  return partitionPoint(tokens.length, (i) => (tokens[i] as Token).start < offset);
}
