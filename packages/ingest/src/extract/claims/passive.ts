import type { AnalyzedText } from "../document.js";
import { cueOf } from "../lexicon/cues.js";
import type { Token } from "../text/tokens.js";
import { contentEnd, wordsBetween } from "./content.js";
import { type AnonymousMemory, speakerStartingAt } from "./speaker.js";
import type { DraftClaim, SpeakerRef } from "./types.js";

const BE = /^(?:is|are|was|were|been|be|being|['’]s)$/;
/** Past participles of cue verbs that do not end in "-ed". */
const IRREGULAR_PARTICIPLES = new Set([
  "said",
  "told",
  "thought",
  "known",
  "seen",
  "shown",
  "written",
  "found",
  "forecast",
]);
/** Adverbs between the auxiliary and the participle ("is widely seen", "was first reported"). */
const BETWEEN = /^(?:also|not|now|first|still|often|long|never|already|widely|previously|initially|officially|\w+ly)$/;

/**
 * The index of the auxiliary that makes the cue at `i` passive ("was called", "is not expected",
 * "are widely seen"), or -1 when the cue is not a past participle after a form of "be".
 */
export function passiveAuxiliary(tokens: Token[], i: number, floor = 0): number {
  const t = tokens[i] as Token;
  if (!t.lower.endsWith("ed") && !IRREGULAR_PARTICIPLES.has(t.lower)) return -1;
  let be = i - 1;
  while (be > floor && i - be <= 3 && BETWEEN.test(tokens[be]?.lower ?? "") && !BE.test(tokens[be]?.lower ?? "")) be--;
  return BE.test(tokens[be]?.lower ?? "") ? be : -1;
}

/** Tokens that end the clause a passive's subject starts after. */
const CLAUSE_START = new Set([",", ";", ":", "—", "–", "(", "--"]);

/**
 * PolNeAR's passive attributions (claim unit "attribution" only): "Trump is expected to be
 * competitive", "Roof is accused of a massacre", "which the Senate is expected to vote on" — the
 * clause is attributed to nobody in particular (speaker null); with an agent ("O’Malley’s move was
 * first reported by MSNBC") the subject is the content and the agent its source.
 */
export function passiveClaims(doc: AnalyzedText, mask: Uint8Array, anon: AnonymousMemory): DraftClaim[] {
  const { tokens } = doc;
  const claims: DraftClaim[] = [];
  for (const s of doc.sentences) {
    for (let i = s.first + 1; i < s.last; i++) {
      const t = tokens[i] as Token;
      if (mask[i] || t.kind !== "word" || t.cap) continue;
      if (!cueOf(t.lower)) continue;
      const be = passiveAuxiliary(tokens, i, s.first);
      if (be < 0) continue;
      let start = be - 1;
      while (start > s.first && !CLAUSE_START.has(tokens[start - 1]?.text ?? "") && !mask[start - 1]) start--;
      if (start < s.first || mask[start] || wordsBetween(tokens, start, be) < 1) continue;
      const cue = { start: t.start, end: t.end };
      if (tokens[i + 1]?.lower === "by") {
        const speaker = speakerStartingAt(doc, i + 2, anon);
        if (!speaker) continue;
        const last = tokens[be - 1] as Token;
        claims.push({
          start: (tokens[start] as Token).start,
          end: last.end,
          kind: "indirect",
          cue,
          speaker,
          rule: "passive-by",
        });
        continue;
      }
      const end = contentEnd(tokens, i + 1, s, mask, new Set());
      if (wordsBetween(tokens, start, end) < 3) continue;
      // "Ginsburg was appointed to the Supreme Court by President Bill Clinton": a later agent
      let speaker: SpeakerRef | null = null;
      for (let k = i + 2; k < end && !speaker; k++)
        if (tokens[k]?.lower === "by") speaker = speakerStartingAt(doc, k + 1, anon);
      claims.push({
        start: (tokens[start] as Token).start,
        end: (tokens[end - 1] as Token).end,
        kind: "indirect",
        cue,
        speaker,
        rule: "passive",
      });
    }
  }
  return claims;
}
