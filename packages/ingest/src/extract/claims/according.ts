import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";
import { contentClaim, contentEnd, MIN_WORDS, wordsBetween } from "./content.js";
import { speakerStartingAt } from "./speaker.js";
import type { ClaimScan } from "./types.js";

/** "According to X, CONTENT." and "CONTENT, according to X." */
export function according(scan: ClaimScan, s: Sentence, i: number) {
  const { doc, mask, stopAtQuotes, anon, claims } = scan;
  const { tokens } = doc;
  let speaker = speakerStartingAt(doc, i + 2, anon);
  const cue = { start: (tokens[i] as Token).start, end: (tokens[i + 1] as Token).end };
  let k = i + 2;
  while (k < s.last && tokens[k]?.text !== ",") k++;
  // "according to early results of exit polls conducted for …": the whole phrase is the source
  const phraseEnd = Math.min(k, s.last) - 1;
  if ((!speaker || speaker.end < (tokens[phraseEnd]?.end ?? 0) - 40) && phraseEnd >= i + 2) {
    let e = phraseEnd;
    while (e > i + 2 && /^[.,;:!?]$/.test(tokens[e]?.text ?? "")) e--;
    const from = tokens[i + 2] as Token;
    const to = tokens[e] as Token;
    if (!speaker) speaker = { start: from.start, end: to.end, anonymous: doc.text.slice(from.start, to.end) };
  }
  if (i === s.first || (i === s.first + 1 && tokens[s.first]?.kind !== "word")) {
    const c = k + 1;
    const end = contentEnd(tokens, c, s, mask, stopAtQuotes);
    if (wordsBetween(tokens, c, end) < MIN_WORDS) return;
    claims.push(contentClaim(scan, c, end, cue, speaker, "according-to-front"));
    return;
  }
  let stop = i;
  while (stop > s.first && tokens[stop - 1]?.text === ",") stop--;
  let first = s.first;
  while (first < stop && tokens[first]?.kind === "punct") first++;
  if (wordsBetween(tokens, first, stop) < MIN_WORDS) return;
  claims.push(contentClaim(scan, first, stop, cue, speaker, "according-to-back"));
}
