import { COMPANY_NAMES } from "../lexicon/company-names.js";
import type { Mention } from "./types.js";

/**
 * Whether a one-word name reads as a company's alone: the generated list has it (lexicon/company-names.ts:
 * cspell's companies that are no English word, person's name, first name, title, country or place —
 * "Novartis", "Unilever"; not "Family", "Ford", "Aberdeen"), and the document does not write it in lower
 * case (`lowerSeen`).
 */
export function companyWord(word: string, lowerSeen: ReadonlySet<string>): boolean {
  return COMPANY_NAMES.has(word) && !lowerSeen.has(word.toLowerCase());
}

/**
 * "Novartis said on Tuesday …", "shares fell after Unilever cut …": the tagger reads a rare one-word name
 * as a person's (or, opening a sentence, as no name at all), and a company the article names by one word
 * it never introduces with a given name is none. Every one-word mention of such a name (`companyWord`),
 * typed a person or left unknown, without a title, becomes a company — unless the document also writes
 * the word inside a longer person's name ("Anna Novartis") or after a title. A one-word organization the
 * tagger found gets the company's kind.
 */
export function typeCompanyNames(mentions: Mention[], lowerSeen: ReadonlySet<string>): void {
  const personal = new Set<string>();
  for (const m of mentions) {
    if (m.title) personal.add(m.name);
    if (m.type === "Person" && m.name.includes(" ")) for (const w of m.name.split(" ")) personal.add(w);
  }
  for (const m of mentions) {
    if (m.last - m.first !== 1 || m.title || personal.has(m.name)) continue;
    // (a place the tagger read is a company too when the list has it: "streamed 90 million times on Spotify"; the
    // list holds no place's name)
    if (!companyWord(m.name, lowerSeen)) continue;
    if (m.type === "Organization" && (m.kind === undefined || m.kind === "organization")) m.kind = "company";
    if (m.type !== "Person" && m.type !== "Unknown") continue;
    m.type = "Organization";
    m.kind = "company";
    m.tagged = "ORG";
    delete m.tentative;
  }
}
