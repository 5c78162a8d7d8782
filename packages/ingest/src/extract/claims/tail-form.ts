import { tokenAtOrAfter } from "../document.js";
import { WEEKDAYS } from "../lexicon/calendar.js";
import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";
import { CLAUSE_CUT, contentClaim, contentEnd, MIN_WORDS, wordsBetween } from "./content.js";
import { speakerStartingAt } from "./speaker.js";
import type { ClaimScan, SpeakerRef } from "./types.js";

/** What may follow an inverted speaker ("…, said X on Tuesday."): anything else means X is not the speaker. */
const SPEAKER_FOLLOWERS = new Set([
  "who",
  "on",
  "in",
  "at",
  "during",
  "after",
  "before",
  "of",
  "last",
  "this",
  "earlier",
  "later",
  "recently",
  "told",
  "wrote",
  "on",
  "when",
  "while",
  "as",
  "to",
  "from",
  ...WEEKDAYS,
  "yesterday",
  "today",
  "tonight",
  "via",
  "according",
]);

/** "CONTENT, X said." / "CONTENT, said X." / "CONTENT, he added." */
export function tailForm(scan: ClaimScan, s: Sentence, i: number, known?: SpeakerRef | null): boolean {
  const { doc, mask, stopAtQuotes, anon, claims } = scan;
  const { tokens } = doc;
  const t = tokens[i] as Token;
  // the cue must end the sentence (apart from the speaker and a few words)
  let k = i + 1;
  let speaker = known ?? null;
  let speakerStart = i;
  if (!speaker) {
    speaker = speakerStartingAt(doc, k, anon);
    if (!speaker) return false;
  } else {
    // speaker came from the left: find where the speaker phrase starts
    const at = tokenAtOrAfter(tokens, speaker.start);
    const st = tokens[at]?.start === speaker.start ? at : -1;
    if (st >= 0) speakerStart = st;
  }
  while (k < s.last && (tokens[k] as Token).start < speaker.end) k++;
  // "…, said Steven Taylor, a chairman …" — the speaker closes the clause; "said the heat could …" does not
  if (!known) {
    const next = tokens[k];
    if (next && next.sentence === s.index && !/^[.,;:!?(]$/.test(next.text) && !SPEAKER_FOLLOWERS.has(next.lower))
      return false;
  }
  const after = s.last - k;
  // ", X said." — with the speaker on the left the cue must (nearly) end the sentence
  if (after > (known ? 4 : 12)) return false;
  // content: from the sentence start to the comma before the speaker/cue
  let left = Math.min(speakerStart, i);
  // "…, the BBC reported.", "…, the news site RTL Info reported.": the outlet's determiner phrase
  if (known) left = determinerPhraseStart(tokens, left, s.first);
  let comma = left - 1;
  while (comma > s.first && /^[,]$/.test(tokens[comma]?.text ?? "") === false) comma--;
  if (comma !== left - 1) return false;
  let first = s.first;
  while (first < comma && mask[first]) first++;
  // "CAMBRIDGE, Mass. (UPI) — Young democrats are …, a new poll indicates": content starts after the dash
  for (let k2 = comma - 1; k2 > first; k2--) {
    if (!mask[k2] && CLAUSE_CUT.has(tokens[k2]?.text ?? "")) {
      first = k2 + 1;
      break;
    }
  }
  if (mask[first] || first >= comma) return false;
  const end = contentEnd(tokens, first, s, mask, stopAtQuotes);
  const stop = Math.min(end, comma);
  if (wordsBetween(tokens, first, stop) < MIN_WORDS) return false;
  claims.push(contentClaim(scan, first, stop, { start: t.start, end: t.end }, speaker, "cue-tail"));
  return true;
}

/** The start of "the (news site)" in front of a name, or `at` itself (at most three words back). */
function determinerPhraseStart(tokens: Token[], at: number, first: number): number {
  for (let k = at - 1; k >= Math.max(first, at - 3); k--) {
    const w = tokens[k] as Token;
    if (w.kind !== "word" || w.cap) return at;
    if (/^(?:the|a|an)$/.test(w.lower)) return k;
  }
  return at;
}
