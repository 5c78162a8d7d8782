/**
 * Name keys for entity matching, as the gold README defines them: case, a leading "the", the
 * possessive "'s" and punctuation are ignored. "The Washington Post" and "Washington Post",
 * "U.S." and "US", "Britain’s" and "Britain" all get the same key.
 */

const APOSTROPHES = /[\u2019\u2018\u02bc\u0060\u00b4]/g;
const POSSESSIVE = /'s?\b/g;
/** Dashes and slashes separate words; other punctuation ("U.S.", "H.R.") just disappears. */
const SEPARATORS = /[\p{Pd}/\\_]+/gu;
const PUNCTUATION = /[\p{P}\p{S}]+/gu;
const LEADING_THE = /^the\s+/;
const GENERATIONAL_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** The comparison key of a name; an empty string when nothing but punctuation is left. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(POSSESSIVE, "")
    .replace(SEPARATORS, " ")
    .replace(PUNCTUATION, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(LEADING_THE, "");
}

/** The key of a person's surname: the last word of the name, skipping "Jr.", "III" and the like. */
export function surnameKey(name: string): string | undefined {
  const words = nameKey(name).split(" ").filter(Boolean);
  while (words.length > 1 && GENERATIONAL_SUFFIXES.has(words[words.length - 1] ?? "")) words.pop();
  return words.length > 1 ? words[words.length - 1] : undefined;
}

/** True when a key is a single word (a surname alone can only be a single word). */
export function isSingleWord(key: string): boolean {
  return key.length > 0 && !key.includes(" ");
}
