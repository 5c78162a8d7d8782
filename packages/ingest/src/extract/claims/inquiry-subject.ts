import type { AnalyzedText } from "../document.js";
import { datelineDash } from "../text/dateline.js";
import type { Token } from "../text/tokens.js";
import type { SpeakerRef } from "./types.js";

/** Nouns of bodies and documents that inquire "into" or "of" something and find. */
const INQUIRY_NOUNS = /^(?:inquiry|investigation|review|probe|audit|commission|panel)$/;

/** How many words the whole phrase may hold, from its article to the verb. */
const MAX_INQUIRY_PHRASE = 16;

/**
 * "An independent inquiry into last summer's bushfires in New South Wales has found that …": a sentence (past its
 * dateline) that opens with an indefinite inquiry — "a"/"an", a few lower-case modifiers, the inquiry's noun and
 * "into", "of" or "on" — up to the cue at `cue` (auxiliaries between; no maker after "by") has the unnamed inquiry
 * for its subject, not a place or a body its topic names. The description, or null.
 */
export function openingInquiry(
  doc: AnalyzedText,
  sentence: { first: number; last: number },
  cue: number,
): SpeakerRef | null {
  const { tokens } = doc;
  const dash = datelineDash(tokens, sentence.first, sentence.last);
  const first = dash >= 0 ? dash + 1 : sentence.first;
  if (!/^(?:a|an)$/.test(tokens[first]?.lower ?? "") || cue - first > MAX_INQUIRY_PHRASE) return null;
  let k = first + 1;
  while (
    k < cue &&
    k - first <= 4 &&
    tokens[k]?.kind === "word" &&
    !tokens[k]?.cap &&
    !INQUIRY_NOUNS.test(tokens[k]?.lower ?? "")
  )
    k++;
  if (!INQUIRY_NOUNS.test(tokens[k]?.lower ?? "") || !/^(?:into|of|on)$/.test(tokens[k + 1]?.lower ?? "")) return null;
  // the phrase runs to the cue with no comma, quotation or verb of its own (but the cue's auxiliaries)
  let end = cue;
  while (end > k && /^(?:has|have|had|was|were|is|are)$/.test(tokens[end - 1]?.lower ?? "")) end--;
  for (let j = k + 2; j < end; j++) {
    const t = tokens[j] as Token;
    // (nor a maker: "A review of tax records by The New York Times has found" is the paper's, `speaker.ts`)
    if (t.text === "," || t.kind === "quote" || /^(?:that|which|who|by)$/.test(t.lower)) return null;
  }
  const last = tokens[end - 1] as Token;
  return {
    start: (tokens[first] as Token).start,
    end: last.end,
    anonymous: doc.text.slice((tokens[first + 1] as Token).start, last.end),
  };
}
