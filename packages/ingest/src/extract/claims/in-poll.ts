import type { AnalyzedText } from "../document.js";
import type { Token } from "../text/tokens.js";
import { type AnonymousMemory, resolveNounPhrase } from "./speaker.js";
import type { DraftClaim } from "./types.js";

/** Findings that a poll reports: the head nouns of the phrase after a sentence-opening "In". */
const POLL_NOUNS = new Set(["poll", "polls", "survey", "surveys"]);

/** How far the poll phrase may run before its comma ("In an NBC News/Wall Street Journal poll released Monday,"). */
const MAX_PHRASE = 14;

/**
 * PolNeAR's poll attributions (claim unit "attribution" only): "In a CNN national poll, Hillary
 * Clinton held a 24-point lead …" — the clause after the comma is what the poll found, "In" is the
 * cue and the poll phrase is the source (an organization named in it, or the poll described).
 */
export function pollClaims(doc: AnalyzedText, mask: Uint8Array, anon: AnonymousMemory): DraftClaim[] {
  const { tokens } = doc;
  const claims: DraftClaim[] = [];
  for (const s of doc.sentences) {
    const opener = tokens[s.first] as Token;
    if (opener.lower !== "in" || mask[s.first]) continue;
    let head = -1;
    let comma = -1;
    for (let k = s.first + 1; k < s.last && k - s.first <= MAX_PHRASE; k++) {
      const t = tokens[k] as Token;
      if (mask[k] || t.kind === "quote") break;
      if (t.text === ",") {
        comma = k;
        break;
      }
      if (POLL_NOUNS.has(t.lower)) head = k;
    }
    if (head < 0 || comma < 0 || comma + 2 >= s.last) continue;
    const speaker = resolveNounPhrase(doc, s.first + 1, head, anon);
    if (!speaker) continue;
    let end = s.last - 1;
    while (end > comma && (tokens[end] as Token).kind === "punct") end--;
    if (end - comma < 3) continue;
    claims.push({
      start: (tokens[comma + 1] as Token).start,
      end: (tokens[end] as Token).end,
      kind: "indirect",
      cue: { start: opener.start, end: opener.end },
      speaker: { ...speaker, start: (tokens[s.first + 1] as Token).start, end: (tokens[head] as Token).end },
      rule: "in-poll",
    });
  }
  return claims;
}
