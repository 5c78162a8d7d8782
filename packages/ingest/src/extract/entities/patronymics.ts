import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

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
