import type { AnalyzedText } from "../document.js";
import type { Token } from "../text/tokens.js";
import type { DraftClaim } from "./types.js";

/**
 * "Pat Caddell: Democrat Voters Worried About …" — a paragraph that opens with a name and a
 * colon attributes the rest of the paragraph (or sentence) to that name (headlines, interview
 * transcripts).
 */
export function colonClaims(doc: AnalyzedText): DraftClaim[] {
  const claims: DraftClaim[] = [];
  const { tokens } = doc;
  for (const s of doc.sentences) {
    const m = doc.mentionByFirstToken.get(s.first);
    if (!m || m.start !== (tokens[s.first] as Token).start) continue;
    // "Lynch: …", "Clinton camp: …", "Trump aide: …"
    let colonAt = m.last;
    while (
      colonAt < s.last &&
      colonAt - m.last < 2 &&
      tokens[colonAt]?.text !== ":" &&
      tokens[colonAt]?.kind === "word"
    )
      colonAt++;
    const colon = tokens[colonAt];
    if (colon?.text !== ":" || colon.sentence !== s.index) continue;
    const c = colonAt + 1;
    if (c >= s.last) continue;
    const paragraph = doc.paragraphs[s.paragraph];
    if (!paragraph) continue;
    const first = tokens[c] as Token;
    if (first.kind === "quote") continue;
    const end = s.paragraph === (tokens[s.last - 1] as Token).sentence ? s.end : Math.min(paragraph.end, s.end);
    if (end - first.start < 15) continue;
    const claim: DraftClaim = {
      start: first.start,
      end: end,
      kind: "indirect",
      cue: { start: colon.start, end: colon.end },
      speaker: { start: m.start, end: (tokens[colonAt - 1] as Token).end, cluster: m.cluster },
      rule: "name-colon",
    };
    claims.push(claim);
  }
  return claims;
}
