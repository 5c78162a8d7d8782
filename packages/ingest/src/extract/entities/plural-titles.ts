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

/**
 * "Rajesh Kumar a/l Subramaniam": a Malaysian Indian name's "a/l" (son of) or "a/p" (daughter of) joins the given
 * names before it and the father's name after it into one person's name (2026-12-07, newsdev72). Merges the two
 * mentions in place.
 */
export function joinIndianPatronymics(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const m = mentions[i] as Mention;
    const n = mentions[i + 1] as Mention;
    if (m.type !== "Person" || (n.type !== "Person" && n.type !== "Unknown")) continue;
    const [a, slash, l] = [tokens[m.last], tokens[m.last + 1], tokens[m.last + 2]];
    if (a?.lower !== "a" || slash?.text !== "/" || !/^[lp]$/.test(l?.lower ?? "") || n.first !== m.last + 3) continue;
    if (a.start !== (tokens[m.last - 1] as Token).end + 1 || slash.start !== a.end || l?.start !== slash.end) continue;
    m.last = n.last;
    m.end = n.end;
    m.text = text.slice(m.start, m.end);
    m.name = text.slice((tokens[m.first] as Token).start, n.end);
    mentions.splice(i + 1, 1);
  }
}
