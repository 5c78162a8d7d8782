import type { Mention } from "./types.js";

/** Words that name a race or an ethnicity, capitalised as news writes them ("Black", "Latino"). */
const RACE_WORDS: ReadonlySet<string> = new Set(["Black", "White", "Hispanic", "Latino", "Latina", "Latinx", "Asian"]);

/**
 * "58 percent of them Black", "Black and Latino voters": a race's word alone, which the tagger may read as a person,
 * names no one — unless it is the surname of a person the article names in full ("Conrad Black … Black said").
 * Drops those mentions.
 */
export function dropRaceWords(mentions: Mention[]): void {
  const surnames = new Set<string>();
  for (const m of mentions)
    if (m.type === "Person" && m.last - m.first >= 2) surnames.add(m.name.split(/\s+/).at(-1) ?? "");
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as Mention;
    if (m.type !== "Person" || m.title !== undefined || m.last - m.first !== 1) continue;
    if (RACE_WORDS.has(m.text) && !surnames.has(m.text)) mentions.splice(k, 1);
  }
}
