import { nameKey } from "@claimgraph/schema";
import { firstNameGender } from "../../extract/lexicon/first-names.js";
import { entityKey, isTitleWord } from "../names.js";

/**
 * What a person's name says on its own: its key, its name tokens (generational suffixes dropped),
 * first name, surname, and a gender when a title ("Mrs.", "Mr.") or a known first name gives one.
 * Pure; the evidence that cross-article resolution weighs.
 */

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
const FEMALE_TITLES = new Set(["mrs", "ms", "miss", "madam", "madame", "lady", "dame", "congresswoman", "chairwoman"]);
const MALE_TITLES = new Set(["mr", "sir", "lord", "congressman", "chairman"]);

export type Gender = "m" | "f";

export interface PersonName {
  key: string;
  /** Name tokens without generational suffixes ("donald trump jr" → donald, trump). */
  tokens: string[];
  first: string;
  last: string;
  /** From the title, else from the first name of a full name; undefined when unknown or unisex. */
  gender: Gender | undefined;
}

export function personName(name: string): PersonName {
  const key = entityKey(name, "Person");
  let tokens = key.split(" ").filter((t) => t !== "");
  while (tokens.length > 1 && SUFFIXES.has(tokens[tokens.length - 1] ?? "")) tokens = tokens.slice(0, -1);
  const first = tokens[0] ?? "";
  const last = tokens[tokens.length - 1] ?? "";
  let gender = titleGender(name);
  if (!gender && tokens.length >= 2) {
    const g = firstNameGender(first);
    gender = g === "m" || g === "f" ? g : undefined;
  }
  return { key, tokens, first, last, gender };
}

/** "Mrs. Clinton" → f, "Mr. Trump" → m; undefined without a gendered title. */
export function titleGender(name: string): Gender | undefined {
  const head = nameKey(name).split(" ")[0] ?? "";
  if (FEMALE_TITLES.has(head)) return "f";
  if (MALE_TITLES.has(head)) return "m";
  return undefined;
}

/**
 * The gender the gendered titles among an entity's forms agree on ("Ms. Trump" → f); undefined when none
 * has one or they disagree.
 */
export function aliasGender(forms: readonly string[]): Gender | undefined {
  let found: Gender | undefined;
  for (const form of forms) {
    const g = titleGender(form);
    if (!g) continue;
    if (found && found !== g) return undefined;
    found = g;
  }
  return found;
}

/**
 * A one-token name with the gender its entity's forms give it when the name has none: "Trump" that its
 * article calls "Ms. Trump" is a woman (short forms are decided, and decided again, by gender first).
 */
export function shortFormName(name: string, forms: readonly string[]): PersonName {
  const parts = personName(name);
  return parts.gender ? parts : { ...parts, gender: aliasGender(forms) };
}

/** A full name: at least two name tokens, the first of more than one letter ("J. Smith" is not). */
export function isFullName(name: PersonName): boolean {
  return name.tokens.length >= 2 && name.first.length > 1 && name.last.length > 1;
}

/**
 * A short form that may join a full name: one name token of two letters or more that is not a title
 * ("Obama", "Sen. Cruz", "Mrs. Clinton" — not "the president", not "J.").
 */
export function isShortForm(name: PersonName): boolean {
  return name.tokens.length === 1 && name.first.length > 1 && !isTitleWord(name.first) && /\p{L}/u.test(name.first);
}

/**
 * The key organizations are compared by beyond their exact name: a leading "U.S." / "United States"
 * dropped when two or more words remain, and "Department of X" read as "X Department" ("the U.S.
 * State Department", "Department of State", "State Department" → "state department").
 */
export function organizationVariantKey(name: string): string {
  let key = entityKey(name, "Organization");
  const stripped = key.replace(/^(u s|us|united states) /, "");
  if (stripped.split(" ").length >= 2) key = stripped;
  const departmentOf = /^(department|ministry) of (?:the )?(\p{L}+)$/u.exec(key);
  if (departmentOf) key = `${departmentOf[2]} ${departmentOf[1]}`;
  return key;
}
