import { isListedFirstName } from "../lexicon/first-names.js";
import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/** Titles of legislators, whom AP names with their hometown ("Rep. Curtis Oyelowo of Gary"). */
const LEGISLATOR_TITLES =
  /^(?:state )?(?:rep\.?|sen\.?|representative|senator|del\.?|delegate|assemblyman|assemblywoman)$/i;

/**
 * "State Rep. Dale Fortunato of Keizer said …", "Jose Ibarra, 34, of Anderson": one capitalised word right after a
 * person's name (and an age) and "of" is where the person comes from (a town the lexicon may not know), not a
 * second person — unless the article writes that word as a person's name elsewhere (a surname, a name of its own
 * in another place) or, with no age before it, it is a listed first name.
 */
export function hometownsAfterPersons(tokens: readonly Token[], mentions: Mention[]): void {
  const byLast = new Map<number, Mention>();
  for (const m of mentions) byLast.set(m.last, m);
  const surnames = new Set<string>();
  for (const m of mentions) {
    const words = m.name.split(" ");
    if (m.type === "Person" && words.length >= 2) surnames.add(words.at(-1) as string);
  }
  /** Candidates after an age: "Jose Ibarra, 34, of Anderson" is a town even where "Anderson" is a given name too. */
  const afterAge = new Set<Mention>();
  const candidates = new Set(
    mentions.filter((m) => {
      if (m.type !== "Person" || m.last - m.first !== 1 || m.title) return false;
      if (tokens[m.first - 1]?.lower !== "of") return false;
      // ("Jose Ibarra, 34, of Anderson, who drives a forklift": an age between the name and the town)
      const aged =
        tokens[m.first - 2]?.text === "," &&
        tokens[m.first - 3]?.kind === "number" &&
        tokens[m.first - 4]?.text === ",";
      const before = byLast.get(aged ? m.first - 4 : m.first - 1);
      const ok = before?.type === "Person" && before.last - before.first >= 2;
      // ("Rep. Curtis Oyelowo of Gary, who leads …": a legislator's hometown, AP style, even where it is a given name)
      const legislator = LEGISLATOR_TITLES.test(before?.title ?? "") && tokens[m.last]?.text === ",";
      if (ok && (aged || legislator)) afterAge.add(m);
      return ok;
    }),
  );
  for (const m of candidates) {
    if (surnames.has(m.name) || (isListedFirstName(m.name) && !afterAge.has(m))) continue;
    // (every mention of that name is such a place: "Keizer" nowhere else opens a clause as a person)
    // (after an age the town is sure: its other mentions are the place too, "on Anderson's east side", unless one
    // has a title)
    const all = mentions.filter((o) => o.name === m.name && o.type === "Person");
    if (afterAge.has(m) ? all.some((o) => o.title) : !all.every((o) => candidates.has(o))) continue;
    for (const o of all) {
      o.type = "Unknown";
      o.tagged = "LOC";
    }
  }
}
