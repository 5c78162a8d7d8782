import type { AnalyzedText } from "../document.js";
import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";
import type { DraftClaim } from "./types.js";

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
