import type { Token } from "../../text/tokens.js";

/**
 * Where the tagger looks: names are capitalized, so it tags only runs of tokens that could be
 * part of one — words with a capital letter ("Trump", "U.S.", "eBay"), and "of", "for", "and",
 * "the", "’s"… between two of them ("Council on American-Islamic Relations", "Children’s
 * Hospital"). Every other token is O. This keeps the tagger at a fraction of the document's
 * tokens (news has ~15 % capitalized tokens); training sees the same runs.
 */
const CONNECTORS = new Set([
  "of",
  "for",
  "and",
  "&",
  "on",
  "the",
  "de",
  "da",
  "di",
  "la",
  "le",
  "von",
  "van",
  "der",
  "den",
  "al",
  "bin",
  "du",
  "del",
  "’s",
  "'s",
]);

function hasCapital(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && (t.cap || t.text !== t.lower);
}

/** Candidate runs [from, to) of the tokens [first, last) of one sentence. */
export function candidateSegments(tokens: readonly Token[], first: number, last: number): [number, number][] {
  const segments: [number, number][] = [];
  let open = -1;
  for (let i = first; i < last; i++) {
    const t = tokens[i] as Token;
    let candidate = hasCapital(t);
    if (!candidate && open >= 0 && CONNECTORS.has(t.lower)) {
      const next = i + 1 < last ? tokens[i + 1] : undefined;
      const after = i + 2 < last ? tokens[i + 2] : undefined;
      candidate = hasCapital(next) || (next !== undefined && CONNECTORS.has(next.lower) && hasCapital(after));
    }
    if (candidate && open < 0) open = i;
    else if (!candidate && open >= 0) {
      segments.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0) segments.push([open, last]);
  return segments;
}
