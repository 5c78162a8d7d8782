import type { EntityTable } from "./entities/resolve.js";
import type { Mention } from "./entities/types.js";
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
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as { start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAtOrAfter(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
