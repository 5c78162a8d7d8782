import { type AnalyzedText, tokenAtOrAfter } from "../document.js";
import type { Mention } from "../entities/types.js";
import { STATE_ROLE_HEADS } from "../lexicon/titles.js";
import { isPossessive, type Token } from "../text/tokens.js";

/** Longest office in words ("Minister for Foreign Affairs and Trade"). */
const MAX_OFFICE_WORDS = 6;

/**
 * "Ghana’s Minister for Communications, Yaw Darko Ofori,": an office of state written in capitals
 * between a country's possessive and the appositive name — its head word (minister, secretary,
 * ambassador …) first or after capitalised modifiers ("Foreign Minister"), "for"/"of"/"and" only between
 * capitalised words. The country and the office as written; undefined otherwise.
 */
export function countryOfficeBefore(doc: AnalyzedText, m: Mention): { org: number; role: string } | undefined {
  const { tokens } = doc;
  const end = tokenAtOrAfter(tokens, m.start) - 1;
  if (tokens[end]?.text !== ",") return undefined;
  let k = end - 1;
  while (k > 0 && end - k <= MAX_OFFICE_WORDS && isOfficeWord(tokens, k)) k--;
  if (!isPossessive(tokens[k]) || k + 1 >= end) return lowerCaseOfficeBefore(doc, end);
  const first = k + 1;
  // the office starts and ends with a capitalised word, and holds a head of state office
  if (!(tokens[first] as Token).cap || !(tokens[end - 1] as Token).cap) return undefined;
  let head = first;
  while (head < end && !STATE_ROLE_HEADS.has((tokens[head] as Token).lower)) head++;
  if (head === end || (head > first && !(tokens[head - 1] as Token).cap)) return undefined;
  const country = doc.mentionByLastToken.get(k - 1);
  if (!country || !doc.entities.clusters[country.cluster]?.country) return undefined;
  const role = doc.text.slice((tokens[first] as Token).start, (tokens[end - 1] as Token).end);
  return { org: country.cluster, role };
}

/** A word an office's name is made of: a capitalised word, or "for", "of", "and" between two. */
function isOfficeWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (t.kind !== "word") return false;
  if (t.cap) return true;
  return /^(?:for|of|and)$/.test(t.lower) && (tokens[k - 1]?.cap ?? false) && (tokens[k + 1]?.cap ?? false);
}

/**
 * "Zambia’s minister of mines and minerals development, Paul Kabwe Chisanga,", "Senegal’s minister of sports,
 * X,": an office of state written in lower case, its head first and its portfolio after "of" or "for", between a
 * country's possessive and the appositive name's comma at `end`.
 */
function lowerCaseOfficeBefore(doc: AnalyzedText, end: number): { org: number; role: string } | undefined {
  const { tokens } = doc;
  let k = end - 1;
  while (
    k > 0 &&
    end - k <= MAX_OFFICE_WORDS &&
    tokens[k]?.kind === "word" &&
    !(tokens[k] as Token).cap &&
    !isPossessive(tokens[k])
  )
    k--;
  const first = k + 1;
  const head = tokens[first];
  if (!isPossessive(tokens[k]) || !head || !STATE_ROLE_HEADS.has(head.lower)) return undefined;
  if (!/^(?:of|for)$/.test(tokens[first + 1]?.lower ?? "") || first + 2 >= end) return undefined;
  const country = doc.mentionByLastToken.get(k - 1);
  if (!country || !doc.entities.clusters[country.cluster]?.country) return undefined;
  return { org: country.cluster, role: doc.text.slice(head.start, (tokens[end - 1] as Token).end) };
}
