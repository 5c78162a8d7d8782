import type { AnalyzedText } from "../document.js";
import { NP_BOUNDARY, PRONOUNS } from "../lexicon/function-words.js";
import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";
import { type AnonymousMemory, resolveNounPhrase, speakerEndingAt } from "./speaker.js";
import type { SpeakerRef } from "./types.js";

/**
 * The subject of the clause a participle cue belongs to ("Albright urged women to vote for Clinton,
 * saying …" → Albright): the first name or pronoun of the sentence after an opening phrase, else
 * the nearest one before the cue.
 */
export function subjectBefore(doc: AnalyzedText, s: Sentence, i: number, anon: AnonymousMemory): SpeakerRef | null {
  const { tokens } = doc;
  let start = s.first;
  // "Speaking at a town hall in Salem, Trump …": skip an opening phrase
  const first = tokens[s.first];
  if (first && (NP_BOUNDARY.has(first.lower) || /ing$/.test(first.lower) || first.lower === "after")) {
    let k = s.first;
    while (k < i && tokens[k]?.text !== ",") k++;
    if (k < i) start = k + 1;
  }
  // the first person or pronoun of the clause (places and organizations in an opening phrase are skipped)
  for (let k = start; k < Math.min(i, start + 6); k++) {
    const t = tokens[k] as Token;
    const m = doc.mentionByFirstToken.get(k);
    if (m && (k === start || doc.entities.clusters[m.cluster]?.type === "Person")) {
      const ref = speakerEndingAt(doc, m.last - 1, anon);
      if (ref) return ref;
    }
    if (PRONOUNS[t.lower] && t.lower !== "it") return resolveNounPhrase(doc, k, k, anon);
  }
  for (let k = i - 1; k >= s.first; k--) {
    const t = tokens[k] as Token;
    const m = doc.mentionByLastToken.get(k);
    if (m && doc.entities.clusters[m.cluster]?.type === "Person") return speakerEndingAt(doc, k, anon);
    if (PRONOUNS[t.lower] && t.lower !== "it") return resolveNounPhrase(doc, k, k, anon);
  }
  let k = s.first;
  while (k < i && k - s.first < 6 && tokens[k]?.kind === "word" && !NP_BOUNDARY.has(tokens[k]?.lower ?? "")) k++;
  if (k > s.first) return resolveNounPhrase(doc, s.first, k - 1, anon);
  return null;
}
