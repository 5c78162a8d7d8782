import { isListedFirstName } from "../lexicon/first-names.js";
import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/**
 * "State Rep. Dale Fortunato of Keizer said …": one capitalised word right after a person's name and "of" is
 * where the person comes from (a town the lexicon may not know), not a second person — unless the article
 * writes that word as a person's name elsewhere (a surname, a name of its own in another place) or it is a
 * listed first name.
 */
export function hometownsAfterPersons(tokens: readonly Token[], mentions: Mention[]): void {
  const byLast = new Map<number, Mention>();
  for (const m of mentions) byLast.set(m.last, m);
  const surnames = new Set<string>();
  for (const m of mentions) {
    const words = m.name.split(" ");
    if (m.type === "Person" && words.length >= 2) surnames.add(words.at(-1) as string);
  }
  const candidates = mentions.filter((m) => {
    if (m.type !== "Person" || m.last - m.first !== 1 || m.title) return false;
    if (tokens[m.first - 1]?.lower !== "of") return false;
    const before = byLast.get(m.first - 1);
    return before?.type === "Person" && before.last - before.first >= 2;
  });
  for (const m of candidates) {
    if (surnames.has(m.name) || isListedFirstName(m.name)) continue;
    // (every mention of that name is such a place: "Keizer" nowhere else opens a clause as a person)
    const all = mentions.filter((o) => o.name === m.name && o.type === "Person");
    if (!all.every((o) => candidates.includes(o))) continue;
    for (const o of all) {
      o.type = "Unknown";
      o.tagged = "LOC";
    }
  }
}
