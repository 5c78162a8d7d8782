import type { AnalyzedText } from "../document.js";
import { FUNCTION_WORDS, NP_BOUNDARY, PREPOSITIONAL_ING, PRONOUNS } from "../lexicon/function-words.js";
import { ROLE_NOUNS } from "../lexicon/titles.js";
import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";
import { type AnonymousMemory, resolveNounPhrase } from "./speaker.js";
import type { SpeakerRef } from "./types.js";

/**
 * "Noting that Obama's policy …, Trump reminded …", "Having announced that he would not …, Judge
 * Berman proceeded …", "Looking to correct some missteps, RNC Chairman Reince Priebus has …": a
 * participial phrase opens the sentence and the cue stands inside it. The phrase has no subject of
 * its own; its source is the main clause's subject, right after the phrase's comma.
 *
 * Returns the index of that comma when the cue at token `i` is inside such a phrase, else -1.
 */
export function openingPhraseEnd(doc: AnalyzedText, s: Sentence, i: number): number {
  const { tokens } = doc;
  const first = tokens[s.first] as Token;
  if (first.kind !== "word" || !first.cap || doc.mentionByFirstToken.has(s.first)) return -1;
  const participle =
    (/[a-z]ing$/.test(first.text) &&
      !FUNCTION_WORDS.has(first.lower) &&
      !NP_BOUNDARY.has(first.lower) &&
      !PREPOSITIONAL_ING.has(first.lower)) ||
    first.lower === "having";
  if (!participle) return -1;
  for (let k = s.first + 1; k < s.last && k - s.first <= 40; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "quote") return -1;
    if (t.text === ",") return k > i ? k : -1;
  }
  return -1;
}

const DETERMINER = /^(?:the|a|an|his|her|their|its|this|that|these|those)$/;

/**
 * The subject of the main clause after the opening phrase's comma, when it is plain: a person or
 * organization the entities know ("Trump", "RNC Chairman Reince Priebus", "the Clinton campaign"),
 * a pronoun, or a role noun with at most a determiner ("police", "the investor"). Null otherwise:
 * the caller keeps its own reading.
 */
export function subjectAfterOpening(
  doc: AnalyzedText,
  s: Sentence,
  comma: number,
  anon: AnonymousMemory,
): SpeakerRef | null {
  const { tokens } = doc;
  let start = comma + 1;
  const t = tokens[start];
  if (!t || start >= s.last || t.kind !== "word") return null;
  if (PRONOUNS.get(t.lower)) return t.lower === "it" ? null : resolveNounPhrase(doc, start, start, anon);
  if (DETERMINER.test(t.lower)) start++;
  // a title the mention leaves out ("Judge Berman": the mention is "Berman")
  let at = start;
  while (!doc.mentionByFirstToken.has(at) && at < start + 2 && (tokens[at] as Token).cap && at + 1 < s.last) at++;
  const mention = doc.mentionByFirstToken.get(at);
  if (mention) {
    // "RNC Chairman Reince Priebus": the person the organization and title lead up to
    for (let k = mention.last; k < Math.min(s.last, mention.last + 3); k++) {
      const person = doc.mentionByFirstToken.get(k);
      if (person && doc.entities.clusters[person.cluster]?.type === "Person")
        return resolveNounPhrase(doc, comma + 1, person.last - 1, anon);
      if (!(tokens[k] as Token).cap) break;
    }
    return resolveNounPhrase(doc, comma + 1, mention.last - 1, anon);
  }
  const head = tokens[start];
  if (head?.kind === "word" && ROLE_NOUNS.has(head.lower) && !head.cap)
    return resolveNounPhrase(doc, comma + 1, start, anon);
  return null;
}

/**
 * The source of a cue inside an opening participial phrase, and the comma that ends the phrase
 * (the content stops there): null when the cue is not in such a phrase or the main clause's
 * subject is not plain.
 */
export function openingPhraseSource(
  doc: AnalyzedText,
  s: Sentence,
  i: number,
  anon: AnonymousMemory,
): { speaker: SpeakerRef; end: number } | null {
  const end = openingPhraseEnd(doc, s, i);
  const speaker = end >= 0 ? subjectAfterOpening(doc, s, end, anon) : null;
  return speaker ? { speaker, end } : null;
}
