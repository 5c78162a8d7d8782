/**
 * Name keys for entity resolution. A key is the name with case, accents, a leading "the", a
 * possessive "'s", punctuation and honorific titles removed: "The Washington Post's" → "washington
 * post", "President Donald J. Trump" → "donald j trump".
 */

const TITLES = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "prof",
  "professor",
  "sir",
  "dame",
  "lord",
  "lady",
  "president",
  "vice",
  "prime",
  "minister",
  "secretary",
  "senator",
  "sen",
  "rep",
  "representative",
  "congressman",
  "congresswoman",
  "gov",
  "governor",
  "mayor",
  "gen",
  "general",
  "adm",
  "admiral",
  "col",
  "colonel",
  "lt",
  "sgt",
  "capt",
  "captain",
  "judge",
  "justice",
  "rev",
  "reverend",
  "pope",
  "king",
  "queen",
  "prince",
  "princess",
  "chancellor",
  "ambassador",
  "director",
  "chairman",
  "chairwoman",
  "speaker",
  "leader",
  "former",
  "the",
]);

/** Whether a normalised token is an honorific or title word ("president", "sen", "mrs"). */
export function isTitleWord(token: string): boolean {
  return TITLES.has(token);
}

/** Lower case, no accents, no possessive, punctuation turned into single spaces. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

/** The resolution key of an entity name: normalised, and for people without leading titles. */
export function nameKey(name: string, type: "Person" | "Organization"): string {
  const normalized = normalizeName(name);
  if (type === "Organization") return normalized;
  const tokens = normalized.split(" ");
  let first = 0;
  while (first < tokens.length - 1 && TITLES.has(tokens[first] ?? "")) first++;
  return tokens.slice(first).join(" ");
}

/**
 * Whether a surface form may serve as evidence for merging entities across articles. A person's
 * form needs at least two name tokens (a surname alone, or "the president", never merges); any
 * form must start with a capital letter or digit after "the" (so "the company" never merges).
 */
export function isEvidenceForm(form: string, type: "Person" | "Organization"): boolean {
  const head = form
    .trim()
    .replace(/^the\s+/i, "")
    .charAt(0);
  if (!/[\p{Lu}\p{N}]/u.test(head)) return false;
  const key = nameKey(form, type);
  if (key === "") return false;
  return type === "Organization" || key.split(" ").length >= 2;
}
