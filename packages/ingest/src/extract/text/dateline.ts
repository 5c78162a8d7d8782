import { countryOf } from "../lexicon/countries.js";
import { DATELINE_CITIES } from "../lexicon/dateline-cities.js";
import { AP_STATE_ABBREVIATIONS, AP_UNABBREVIATED_STATES } from "../lexicon/places.js";
import type { Token } from "./tokens.js";

/** "NAIROBI, Kenya —", "BASEL, Switzerland (Reuters) —": a capitalised place, a comma, a country, a dash or a bracket. */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{L}.'’ -]*,\s+([\p{Lu}][\p{L}.'’ ]+?)\s*(?:\([^)]*\)\s*)?[—–-]/mu;
/** How far into the text a dateline may open a paragraph (after a headline and a byline). */
const DATELINE_REACH = 600;

/** "BUENOS AIRES (Reuters) -", "ISLAMABAD:": a city in capitals opening a paragraph, perhaps an agency, a dash or a colon. */
const CITY_DATELINE = /^\s*(\p{Lu}[\p{Lu}\p{M} .'’-]*?\p{Lu})\s*(?:\([^)\n]*\)\s*)?(?:[—–:]|--?\s)/mu;

/**
 * The country a story's dateline names, if its first lines hold one: the country after the city ("NAIROBI,
 * Kenya —"), or the country of a city that stands alone (`lexicon/dateline-cities.ts`: "BUENOS AIRES (Reuters) -").
 */
export function datelineCountry(text: string): string | undefined {
  const head = text.slice(0, DATELINE_REACH);
  const match = DATELINE.exec(head);
  const country = match?.[1] ? countryOf(match[1]) : undefined;
  if (country?.form === "name") return country.country.name;
  if (match) return undefined;
  const city = CITY_DATELINE.exec(head)?.[1];
  return city === undefined ? undefined : DATELINE_CITIES.get(city);
}

/** Whether the story's dateline names a US state after its town ("FRANKFORT, Ky. —", "BOISE, Idaho (AP) —"). */
export function datelineUsState(text: string): boolean {
  const state = DATELINE.exec(text.slice(0, DATELINE_REACH))?.[1];
  return state !== undefined && (AP_STATE_ABBREVIATIONS.has(state) || AP_UNABBREVIATED_STATES.has(state));
}

/**
 * The dash that ends a dateline opening the sentence at `first` (before `limit`): a word in capitals first, then only
 * capitalised words, commas and a bracketed agency before the dash; -1 when the sentence opens otherwise.
 */
export function datelineDash(tokens: readonly Token[], first: number, limit: number): number {
  const opening = tokens[first];
  if (opening?.kind !== "word" || !/^\p{Lu}[\p{Lu}\p{M}.'’-]+$/u.test(opening.text)) return -1;
  let bracket = false;
  for (let k = first + 1; k < limit && k - first <= 10; k++) {
    const t = tokens[k] as Token;
    if (/^[—–-]{1,2}$/.test(t.text)) return k;
    if (t.text === "(") bracket = true;
    else if (t.text === ")") bracket = false;
    // ("MONTGOMERY, Ala. (AP) —": a state's abbreviation keeps its stop)
    else if (t.text === "." && t.start === tokens[k - 1]?.end && tokens[k - 1]?.cap) continue;
    else if (!bracket && !(t.text === "," || (t.kind === "word" && t.cap))) return -1;
  }
  return -1;
}
