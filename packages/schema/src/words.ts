/**
 * Words of a claim as statement grouping (packages/ingest/src/statements) and the viewer's wording diff compares them: lower case, curly quotes and
 * apostrophes folded, punctuation and quote marks dropped, "Mr."/"Mrs." kept as words. Two reports
 * of one utterance differ in quotation style ("…" vs ''…''), dashes and case; these are not wording.
 */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function words(text: string): string[] {
  const out: string[] = [];
  for (const match of text.normalize("NFKC").matchAll(WORD)) out.push(match[0].toLowerCase().replace(/’/g, "'"));
  return out;
}

/** A word with where it stands in the text (UTF-16 offsets), for diffs shown in the original spelling. */
export interface WordToken {
  word: string;
  start: number;
  end: number;
}

export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    out.push({
      word: match[0].normalize("NFKC").toLowerCase().replace(/’/g, "'"),
      start,
      end: start + match[0].length,
    });
  }
  return out;
}
