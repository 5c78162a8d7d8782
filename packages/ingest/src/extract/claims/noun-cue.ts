import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";
import { contentClaim, contentEnd, MIN_WORDS, wordsBetween } from "./content.js";
import { speakerEndingAt, speakerStartingAt } from "./speaker.js";
import type { ClaimScan, SpeakerRef } from "./types.js";

/**
 * "the claims first made by the Washington Post that …", "Trump’s claim that …", "the reason cited by X was that …".
 * False when the noun carries no claim here (it may be a verb: "Puerto Rico has been warning that …").
 */
export function nounCue(scan: ClaimScan, s: Sentence, i: number): boolean {
  const { doc, mask, stopAtQuotes, anon, claims } = scan;
  const { tokens } = doc;
  // ("…, warning in a memo obtained by The Hill that …": a participle after a comma, no noun; its clause is the
  // sentence subject's, 2026-12-08, newsdev87)
  if (/ing$/.test(tokens[i]?.lower ?? "") && tokens[i - 1]?.text === ",") return false;
  let speaker: SpeakerRef | null = null;
  let that = -1;
  for (let k = i + 1; k < s.last && k - i < 12; k++) {
    const t = tokens[k] as Token;
    if (mask[k] || t.kind === "punct") break;
    // (the one who obtained or saw a document is no maker of it: "a memo obtained by The Hill")
    const obtained = /^(?:obtained|seen|reviewed)$/.test(tokens[k - 1]?.lower ?? "");
    if (t.lower === "by" && !speaker && !obtained) speaker = speakerStartingAt(doc, k + 1, anon);
    if (t.lower === "that") {
      that = k;
      break;
    }
  }
  if (that < 0) return false;
  if (!speaker && tokens[i - 1] && /^['’]s$/.test(tokens[i - 1]?.text ?? ""))
    speaker = speakerEndingAt(doc, i - 2, anon);
  if (!speaker) return false;
  const c = that + 1;
  const end = contentEnd(tokens, c, s, mask, stopAtQuotes);
  if (wordsBetween(tokens, c, end) < MIN_WORDS) return false;
  const t = tokens[i] as Token;
  claims.push(contentClaim(scan, c, end, { start: t.start, end: t.end }, speaker, "cue-noun"));
  return true;
}
