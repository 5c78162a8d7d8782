import { type AnalyzedText, mentionAtOrAfter, tokenAtOrAfter } from "../document.js";
import { ORG_NOUNS } from "../lexicon/organizations.js";
import type { Token } from "../text/tokens.js";
import type { DraftClaim } from "./types.js";

/** How many sentences back the description a pronoun refers to may stand. */
const SENTENCES_BACK = 2;
/** Descriptions whose words give a gender ("a spokeswoman", "a man near the front"). */
const FEMALE = /\b(?:woman|women|spokeswoman|chairwoman|businesswoman|mother|daughter|sister|wife)\b/i;
const MALE = /\b(?:man|men|spokesman|chairman|businessman|father|son|brother|husband)\b/i;

/**
 * "A clerk in the hospital's consult office, who asked not to be named …, said … . “…,” she said.": a quotation's
 * "he" or "she" after a claim whose speaker is an unnamed source or a description no entity resolves ("The Nevada
 * Republican, who is giving up his seat …, told reporters …"), opening one of the two sentences before (or after a
 * comma, a tail attribution's: "…, the charity said. …, it said." for "it", an organization's description), with no
 * person named between them and no gender of the description's against the pronoun's, is that source's — not the
 * person named before the description, whom the pronoun resolver (which reads names only) would take. Rewrites those
 * claims' speakers in place, fixed; `claims` sorted.
 */
export function pronounsAfterDescriptions(doc: AnalyzedText, claims: DraftClaim[]): void {
  const { tokens, text } = doc;
  for (const [k, c] of claims.entries()) {
    const speaker = c.speaker;
    const pronoun = speaker ? text.slice(speaker.start, speaker.end).toLowerCase() : "";
    // ("it" only when nothing resolved it: "The Bank of Ghana fined … . The central bank said … . It also said …" is
    // the bank's)
    if (!speaker || !/^(?:he|she|it)$/.test(pronoun) || (pronoun === "it" && speaker.cluster !== undefined)) continue;
    const sentence = (tokens[tokenAtOrAfter(tokens, speaker.start)] as Token).sentence;
    for (let j = k - 1; j >= 0; j--) {
      const p = claims[j] as DraftClaim;
      const source = p.speaker;
      if (!source) continue;
      const at = tokens[tokenAtOrAfter(tokens, source.start)] as Token;
      if (at.sentence < sentence - SENTENCES_BACK) break;
      if (source.cluster !== undefined || source.anonymous === undefined || source.start >= speaker.start) break;
      if (!fits(pronoun, source.anonymous) || !opensSentenceOrClause(doc, source.start)) break;
      // ("it" only the sentence right before's)
      if (pronoun === "it" && at.sentence !== sentence - 1) break;
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

/** Whether a description may be what the pronoun refers to: "it" an organization's, "he" no woman's, "she" no man's. */
function fits(pronoun: string, description: string): boolean {
  if (pronoun === "it") return ORG_NOUNS.has(description.split(/\s+/).at(-1)?.toLowerCase() ?? "");
  return !(pronoun === "he" ? FEMALE : MALE).test(description);
}

/**
 * Whether a description starting at `offset` opens its sentence (perhaps after "A", "An", "The"), or stands after a
 * comma, a tail attribution's source ("…, the charity said").
 */
function opensSentenceOrClause(doc: AnalyzedText, offset: number): boolean {
  const { tokens } = doc;
  const i = tokenAtOrAfter(tokens, offset);
  const first = doc.sentences[(tokens[i] as Token).sentence]?.first ?? -1;
  const article = /^(?:a|an|the)$/i.test(tokens[i - 1]?.text ?? "") ? 1 : 0;
  return i - article === first || i === first || tokens[i - 1 - article]?.text === ",";
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
