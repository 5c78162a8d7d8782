/**
 * Keys for entity resolution, on the project's one name key (`nameKey` in @claimgraph/schema:
 * case, accents, a leading "the", a possessive "'s" and punctuation ignored): a person's key also
 * drops leading honorific titles. "The Washington Post's" → "washington post", "President Donald
 * J. Trump" → "donald j trump", "U.S." → "us". A Person or Organization node's id is its key (ids.ts).
 */
import { nameKey } from "@claimgraph/schema";

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

/** The resolution key of an entity name: the name key, and for people without leading titles. */
export function entityKey(name: string, type: "Person" | "Organization"): string {
  return keyWithoutTitles(nameKey(name), type);
}

/** A person's key without its leading title words ("president donald trump" → "donald trump"); an organization's as it is. */
export function keyWithoutTitles(key: string, type: "Person" | "Organization"): string {
  if (type === "Organization") return key;
  const tokens = key.split(" ");
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
  const key = entityKey(form, type);
  if (key === "") return false;
  return type === "Organization" || key.split(" ").length >= 2;
}
