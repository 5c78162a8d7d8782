import type { AnalyzedText } from "../document.js";
import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";
import { type AnonymousMemory, speakerEndingAt } from "./speaker.js";
import type { DraftClaim } from "./types.js";

/** Nouns of stance whose possessor is the source: "Trump’s call for a ban", "his support for Cruz". */
const STANCE_NOUNS = new Set([
  "call",
  "calls",
  "support",
  "opposition",
  "criticism",
  "criticisms",
  "endorsement",
  "endorsements",
  "views",
  "view",
  "proposal",
  "proposals",
  "plan",
  "plans",
  "promise",
  "promises",
  "pledge",
  "decision",
  "remarks",
  "comments",
  "comment",
  "statement",
  "statements",
  "attack",
  "attacks",
  "praise",
  "defense",
  "denial",
  "rejection",
  "position",
  "stance",
  "argument",
  "insistence",
  "warning",
  "warnings",
  "suggestion",
  "vow",
  "demand",
  "demands",
  "description",
  "characterization",
  "assessment",
  "prediction",
  "opinion",
  "belief",
  "concerns",
  "concern",
  "complaints",
  "complaint",
  "doubts",
  "questions",
  "accusation",
  "accusations",
  "rhetoric",
  "message",
  "pitch",
  "answer",
  "response",
  "reply",
  "claim",
  "claims",
  "allegation",
  "allegations",
  "assertion",
]);
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its"]);

/**
 * "Trump’s call for a temporary ban on Muslims", "his support for Cruz": the possessor is the
 * source, the rest of the phrase (to the clause end) the content.
 */
export function nominalClaims(doc: AnalyzedText, mask: Uint8Array, anon: AnonymousMemory): DraftClaim[] {
  const { tokens } = doc;
  const claims: DraftClaim[] = [];
  for (const s of doc.sentences) {
    for (let i = s.first + 1; i < s.last - 2; i++) {
      const t = tokens[i] as Token;
      if (mask[i] || !STANCE_NOUNS.has(t.lower)) continue;
      const prev = tokens[i - 1] as Token;
      let speaker = null;
      if (POSSESSIVE_PRONOUNS.has(prev.lower)) speaker = speakerEndingAt(doc, i - 1, anon);
      else if (/^['’]s?$/.test(prev.text) && doc.mentionByLastToken.get(i - 2))
        speaker = speakerEndingAt(doc, i - 2, anon);
      if (!speaker) continue;
      let c = i + 1;
      if (/^(?:of|for|to|on|against|that|about|with)$/.test(tokens[c]?.lower ?? "")) c++;
      let end = c;
      while (end < s.last) {
        const x = tokens[end] as Token;
        if (/^[,;:.!?–—(]$/.test(x.text) || x.lower === "and" || x.lower === "but") break;
        if (x.kind === "word" && !x.cap && /(?:ed|s)$/.test(x.lower) && end > c + 1 && !mask[end]) break;
        end++;
      }
      let words = 0;
      for (let k = c; k < end; k++) if (tokens[k]?.kind === "word") words++;
      if (words < 2) continue;
      claims.push({
        start: (tokens[c] as Token).start,
        end: (tokens[end - 1] as Token).end,
        kind: "indirect",
        cue: { start: t.start, end: t.end },
        speaker,
        rule: "stance-noun",
      });
      i = end;
    }
  }
  return claims;
}

const HEDGES = new Set(["seems", "seemed", "appears", "appeared", "appear", "seem"]);

/** "X seems unlikely to …", "X is expected to …": attributed to nobody in particular (speaker null). */
export function hedgeClaims(doc: AnalyzedText, mask: Uint8Array): DraftClaim[] {
  const { tokens } = doc;
  const claims: DraftClaim[] = [];
  for (const s of doc.sentences) {
    for (let i = s.first + 1; i < s.last; i++) {
      const t = tokens[i] as Token;
      if (mask[i]) continue;
      const expected =
        t.lower === "expected" &&
        /^(?:is|are|was|were|widely|be)$/.test(tokens[i - 1]?.lower ?? "") &&
        tokens[i + 1]?.lower === "to";
      if (!HEDGES.has(t.lower) && !expected) continue;
      if (hasSourceBefore(tokens, s, i)) break;
      let end = s.last;
      while (end > s.first && /^[.,;:!?]$/.test(tokens[end - 1]?.text ?? "")) end--;
      const first = tokens[s.first] as Token;
      if (first.kind === "quote" || end - s.first < 5) break;
      claims.push({
        start: first.start,
        end: (tokens[end - 1] as Token).end,
        kind: "indirect",
        cue: { start: t.start, end: t.end },
        speaker: null,
        rule: "hedge",
      });
      break;
    }
  }
  return claims;
}

function hasSourceBefore(tokens: Token[], s: Sentence, i: number): boolean {
  for (let k = s.first; k < i; k++) if (/^(?:to|according)$/.test(tokens[k]?.lower ?? "") && k === i - 1) return true;
  return false;
}
