import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/** Plural titles before names, with the singular title each name takes ("Justices Ann Whitcomb and Luis Barrera"). */
const PLURAL_TITLES: ReadonlyMap<string, string> = new Map([
  ["Justices", "justice"],
  ["Judges", "judge"],
  ["Senators", "senator"],
  ["Sens.", "sen."],
  ["Reps.", "rep."],
  ["Representatives", "representative"],
  ["Commissioners", "commissioner"],
]);

/**
 * "In a dissent joined by Justices Ann Whitcomb and Luis Barrera": a plural title before names joined by commas and
 * "and" is each one's title (2026-12-07, newsdev71). Sets `title` on the people's mentions that have none.
 */
export function pluralTitles(tokens: readonly Token[], mentions: Mention[]): void {
  const byFirst = new Map(mentions.map((m) => [m.first, m]));
  for (const m of mentions) {
    const plural = tokens[m.first - 1];
    const title = plural ? PLURAL_TITLES.get(plural.text) : undefined;
    if (!title || m.type !== "Person" || m.title) continue;
    let named: Mention | undefined = m;
    while (named && named.type === "Person" && !named.title) {
      named.title = title;
      let k = named.last;
      if (tokens[k]?.text === ",") k++;
      if (tokens[k]?.lower !== "and" && tokens[k - 1]?.text !== ",") break;
      if (tokens[k]?.lower === "and") k++;
      named = byFirst.get(k);
    }
  }
}
