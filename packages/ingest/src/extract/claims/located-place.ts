import { countryOf } from "../lexicon/countries.js";
import { PLACES } from "../lexicon/places.js";
import { SUBNATIONAL_REGIONS } from "../lexicon/subnational-regions.js";
import type { Token } from "../text/tokens.js";

/** Prepositions that put a speaker somewhere ("police in Lagos", "the mayor of Lyon", "scientists from Perth"). */
const LOCATIVES = new Set(["in", "of", "from", "at"]);
/** Longest place name before the comma, and longest country, state or region after it, in words. */
const MAX_PLACE_WORDS = 4;

/**
 * "Police in Lagos, Nigeria said", "scientists from James Cook University in Queensland, Australia
 * announced", "the mayor of Lyon, France said": the country, state or region after a place's comma only
 * locates the place; the speaker's phrase ends at the place. The token where it ends (the place's last
 * word), or undefined when tokens[…k] are no such apposition.
 */
export function placeBeforeLocation(text: string, tokens: readonly Token[], k: number): number | undefined {
  const last = tokens[k];
  if (!last?.cap) return undefined;
  let comma = k;
  while (comma > k - MAX_PLACE_WORDS && tokens[comma - 1]?.cap && tokens[comma - 1]?.kind === "word") comma--;
  comma--;
  if (tokens[comma]?.text !== "," || tokens[comma]?.sentence !== last.sentence) return undefined;
  const location = text.slice((tokens[comma + 1] as Token).start, last.end);
  const locates =
    countryOf(location)?.form === "name" ||
    SUBNATIONAL_REGIONS.has(location.toLowerCase()) ||
    PLACES.has(location.toLowerCase());
  if (!locates) return undefined;
  // the place: capitalised words right before the comma, after a locative preposition
  let p = comma - 1;
  while (p > comma - 1 - MAX_PLACE_WORDS && tokens[p]?.cap && tokens[p]?.kind === "word") p--;
  if (p === comma - 1 || !LOCATIVES.has(tokens[p]?.lower ?? "")) return undefined;
  return comma - 1;
}
