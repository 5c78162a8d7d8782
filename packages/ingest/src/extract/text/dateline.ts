import { countryOf } from "../lexicon/countries.js";

/** "NAIROBI, Kenya —", "BASEL, Switzerland (Reuters) —": a capitalised place, a comma, a country, a dash or a bracket. */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{L}.'’ -]*,\s+([\p{Lu}][\p{L}.'’ ]+?)\s*(?:\([^)]*\)\s*)?[—–-]/mu;
/** How far into the text a dateline may open a paragraph (after a headline and a byline). */
const DATELINE_REACH = 600;

/** The country a story's dateline names, if its first lines hold one. */
export function datelineCountry(text: string): string | undefined {
  const match = DATELINE.exec(text.slice(0, DATELINE_REACH));
  const country = match?.[1] ? countryOf(match[1]) : undefined;
  return country?.form === "name" ? country.country.name : undefined;
}
