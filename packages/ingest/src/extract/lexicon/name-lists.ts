import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * Name lists from cspell's dictionaries (MIT): ~2,300 company and brand names
 * (`@cspell/dict-companies`: "Google", "Disney", "Bing") and ~39,000 first and last names
 * (`@cspell/dict-people-names`). Case-sensitive, one entry a line; read once at module start
 * from the installed packages (like the @stdlib first-name lists). The entity tagger uses them
 * as gazetteer features, so they only nudge its decisions.
 */
export function readList(pkg: string, file: string): string[] {
  const require = createRequire(import.meta.url);
  const path = join(dirname(require.resolve(`${pkg}/cspell-ext.json`)), "dict", file);
  return readFileSync(path, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/** Single words of company names (multi-word names give each capitalized word). */
export const COMPANY_WORDS = new Set<string>();
for (const name of readList("@cspell/dict-companies", "companies.txt"))
  for (const word of name.split(/\s+/)) if (/\p{Lu}/u.test(word)) COMPANY_WORDS.add(word);

export const PEOPLE_NAMES = new Set<string>(readList("@cspell/dict-people-names", "people-names.txt"));
