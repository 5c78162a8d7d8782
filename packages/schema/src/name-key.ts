/**
 * The one name key of claimgraph: how two written names are compared, everywhere — extraction's
 * clustering inside an article, the loader's node ids and cross-article resolution, and `pnpm
 * eval`'s matching against gold (the gold README's contract: case, accents, a leading "the", the
 * possessive "'s" and punctuation are ignored). "The Washington Post's" → "washington post",
 * "U.S." and "US" → "us", "AT&T" → "att", "O’Rourke" → "orourke", "José Núñez" → "jose nunez",
 * "Ramos-Horta" → "ramos horta" (dashes and slashes separate words; other punctuation just
 * disappears). Keys derived from it (a person's key without titles, a surname key) build on it.
 *
 * Pure; memoised in a bounded map because names recur across mentions and articles. A name is
 * usually a slice of its article, and V8 keeps a slice of 13 characters or more as a view of the
 * whole text: a memo keyed by it would keep every article it came from alive (measured: ~0.35 KB
 * a memoised name, 30–45 MB in each extraction thread at the bound). The memo keeps a copy.
 */

const APOSTROPHES = /[\u2019\u2018\u02bc\u0060\u00b4]/g;
const MARKS = /\p{M}+/gu;
const POSSESSIVE = /'s?\b/g;
/** Dashes and slashes separate words; other punctuation ("U.S.", "H.R.", "AT&T") just disappears. */
const SEPARATORS = /[\p{Pd}/\\_]+/gu;
const PUNCTUATION = /[\p{P}\p{S}]+/gu;
const SPACES = /\s+/g;
const LEADING_THE = /^the /;

const MEMO = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** The comparison key of a name; an empty string when nothing but punctuation is left. */
export function nameKey(name: string): string {
  const known = MEMO.get(name);
  if (known !== undefined) return known;
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  const own = detached(name);
  const key = own
    .normalize("NFKD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(POSSESSIVE, "")
    .replace(SEPARATORS, " ")
    .replace(PUNCTUATION, "")
    .replace(SPACES, " ")
    .trim()
    .replace(LEADING_THE, "");
  MEMO.set(own, key);
  return key;
}

/**
 * A copy of `text` that shares no memory with the string it was cut from (a long-lived cache
 * keeps this, not the slice). Short strings are copied by V8 already; JSON's round trip makes a
 * flat copy of any string, in the browser too.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
