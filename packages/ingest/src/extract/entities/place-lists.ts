import { firstNameGender } from "../lexicon/first-names.js";
import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/** Plural nouns of places a list of names may follow ("Seven towns …, among them Hvar, Makarska and Rovinj"). */
const PLACE_PLURALS =
  /^(?:towns|cities|villages|municipalities|islands|counties|districts|provinces|regions|communities|ports|resorts|suburbs|boroughs|parishes|townships|states)$/;

/** How many words back from the list's opener a place noun may stand ("Seven towns on Croatia’s Adriatic coast,"). */
const NOUN_WINDOW = 10;

/**
 * "Seven towns on Croatia’s Adriatic coast, among them Hvar, Makarska and Rovinj, will …", "three cities, including
 * Tulsa and Lawton": the one-word names listed after "among them", "including" or "such as", where a plural noun of
 * places comes just before in the sentence, are places, which the tagger may read as people. Retypes those mentions
 * (and every other one-word mention of the same name with no title) as places; the caller drops them (2026-12-08,
 * newsdev86).
 */
export function placesListedAfterPlaceNouns(tokens: readonly Token[], mentions: Mention[]): void {
  const byFirst = new Map(mentions.map((m) => [m.first, m]));
  const places = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const start = listStart(tokens, i);
    if (start < 0 || !placeNounBefore(tokens, i)) continue;
    for (let k = start; k < tokens.length; ) {
      const m = byFirst.get(k);
      if (!m || m.last - m.first !== 1) break;
      if ((m.type === "Person" && m.title === undefined && !firstNameGender(m.text)) || m.type === "Unknown")
        places.add(m.text);
      const sep = tokens[m.last];
      const next = tokens[m.last + 1];
      if (sep?.text === "," && /^(?:and|or)$/.test(next?.lower ?? "")) k = m.last + 2;
      else if (sep?.text === "," || /^(?:and|or)$/.test(sep?.lower ?? "")) k = m.last + 1;
      else break;
    }
  }
  if (places.size === 0) return;
  for (const m of mentions)
    if (places.has(m.text) && m.last - m.first === 1 && m.title === undefined && m.type !== "Organization") {
      m.type = "Unknown";
      m.tagged = "LOC";
    }
}

/** The token after "among them" / "including" / "such as" at token i (after a comma), or -1. */
function listStart(tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  if (tokens[i - 1]?.text !== ",") return -1;
  if (t.lower === "including") return i + 1;
  if ((t.lower === "among" && tokens[i + 1]?.lower === "them") || (t.lower === "such" && tokens[i + 1]?.lower === "as"))
    return i + 2;
  return -1;
}

/** Whether a plural noun of places stands in the same sentence up to `NOUN_WINDOW` words before token i. */
function placeNounBefore(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i]?.sentence;
  for (let k = i - 1; k >= Math.max(0, i - NOUN_WINDOW); k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return false;
    if (PLACE_PLURALS.test(t.lower)) return true;
  }
  return false;
}
