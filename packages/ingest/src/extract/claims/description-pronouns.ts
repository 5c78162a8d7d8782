import { type AnalyzedText, mentionAtOrAfter, tokenAtOrAfter } from "../document.js";
import type { Token } from "../text/tokens.js";
import type { DraftClaim } from "./types.js";

/** How many sentences back the description a pronoun refers to may open its sentence. */
const SENTENCES_BACK = 2;
/** Descriptions whose words give a gender ("a spokeswoman", "a man near the front"). */
const GENDERED =
  /\b(?:man|men|woman|women|spokesman|spokeswoman|mother|father|son|daughter|brother|sister|husband|wife)\b/i;

/**
 * "A clerk in the hospital's consult office, who asked not to be named …, said … . “…,” she said.": a quotation's
 * "he" or "she" after a claim whose speaker is an unnamed source or a description no entity resolves ("The Nevada
 * Republican, who is giving up his seat …, told reporters …"), opening one of the two sentences before, with no
 * person named between them, is that source's — not the person named before the description, whom the pronoun
 * resolver (which reads names only) would take. Rewrites those claims' speakers in place, fixed; `claims` sorted.
 */
export function pronounsAfterDescriptions(doc: AnalyzedText, claims: DraftClaim[]): void {
  const { tokens, text } = doc;
  for (const [k, c] of claims.entries()) {
    const speaker = c.speaker;
    if (!speaker || !/^(?:he|she)$/i.test(text.slice(speaker.start, speaker.end))) continue;
    const sentence = (tokens[tokenAtOrAfter(tokens, speaker.start)] as Token).sentence;
    for (let j = k - 1; j >= 0; j--) {
      const p = claims[j] as DraftClaim;
      const source = p.speaker;
      if (!source) continue;
      const at = tokens[tokenAtOrAfter(tokens, source.start)] as Token;
      if (at.sentence < sentence - SENTENCES_BACK) break;
      if (source.cluster !== undefined || source.anonymous === undefined || source.start >= speaker.start) break;
      if (GENDERED.test(source.anonymous) || !opensSentence(doc, source.start)) break;
      if (personBetween(doc, source.end, speaker.start)) break;
      // (and the quotations that inherit the same pronoun: "“…,” she said. “Nobody ever called …”")
      for (const d of claims.slice(k)) {
        if (d.speaker?.start !== speaker.start || d.speaker.end !== speaker.end) continue;
        d.speaker = { start: speaker.start, end: speaker.end, anonymous: source.anonymous };
        d.fixedSpeaker = true;
      }
      break;
    }
  }
}

/** Whether a description starting at `offset` opens its sentence (perhaps after "A", "An", "The"). */
function opensSentence(doc: AnalyzedText, offset: number): boolean {
  const { tokens } = doc;
  const i = tokenAtOrAfter(tokens, offset);
  const first = doc.sentences[(tokens[i] as Token).sentence]?.first ?? -1;
  return i === first || (i === first + 1 && /^(?:a|an|the)$/i.test(tokens[first]?.text ?? ""));
}

/** Whether a person's name stands in [from, to). */
function personBetween(doc: AnalyzedText, from: number, to: number): boolean {
  const { mentions, clusters } = doc.entities;
  for (let i = mentionAtOrAfter(mentions, from); i < mentions.length; i++) {
    const m = mentions[i];
    if (!m || m.start >= to) break;
    if (clusters[m.cluster]?.type === "Person") return true;
  }
  return false;
}
