import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";
import { contentClaim, contentEnd, wordsBetween } from "./content.js";
import type { ClaimScan, DraftClaim } from "./types.js";

/** Words before "asked" that make it a question put to someone, not a report by them. */
const ASKED_AFTER = /^(?:when|whenever|was|were|is|are|been|being|if|after|before|once)$/;
/** Words between "asked" and the question that are not part of it. */
const SKIPPED = /^(?:about|again|later|specifically|repeatedly|directly|recently|also|on|yet)$/;

/**
 * "When asked about her weaknesses, …", "Asked if there had been fraud, …", "Clinton has been asked
 * to release the transcripts": the question is a claim with no source of its own (PolNeAR's
 * convention; the person asked answers in a claim of their own). "asked by a reporter" is left alone.
 */
export function askedClaim(scan: ClaimScan, s: Sentence, i: number): DraftClaim | null {
  const { doc, mask, stopAtQuotes } = scan;
  const { tokens } = doc;
  const t = tokens[i] as Token;
  if (t.lower !== "asked") return null;
  const prev = tokens[i - 1];
  const opening = i === s.first || prev?.text === "," || prev?.kind === "quote";
  if (!opening && !ASKED_AFTER.test(prev?.lower ?? "")) return null;
  let c = i + 1;
  while (c < s.last && SKIPPED.test(tokens[c]?.lower ?? "") && c - i < 4) c++;
  if (c >= s.last || mask[c] || tokens[c]?.lower === "by" || tokens[c]?.kind !== "word") return null;
  // a fronted "Asked about X, Y said …" ends at its comma; otherwise at the content's end
  let end = contentEnd(tokens, c, s, mask, stopAtQuotes);
  if (opening || /^(?:when|whenever|if|after|before|once)$/.test(prev?.lower ?? "")) {
    for (let k = c; k < end; k++)
      if (tokens[k]?.text === "," && !mask[k]) {
        end = k;
        break;
      }
  }
  if (wordsBetween(tokens, c, end) < 2) return null;
  const last = tokens[c - 1] as Token;
  return contentClaim(scan, c, end, { start: t.start, end: last.end }, null, "asked");
}
