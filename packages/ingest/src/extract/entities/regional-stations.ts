import { isRoleHead } from "../lexicon/titles.js";
import type { Token } from "../text/tokens.js";
import { extendMention, openOrganizationName } from "./mention-span.js";
import { isAcronym } from "./normalize.js";
import type { Mention } from "./types.js";

/** Most capitalised words of a station's region after its broadcaster's letters ("Wide Bay", "Far North Queensland"). */
const MAX_REGION_WORDS = 3;

/**
 * "told ABC Wide Bay that …", "BBC Radio Scotland": a broadcaster named by its letters, then capitalised words no
 * other mention holds to the end of the run — the regional station, one organization under its whole name (not the
 * national broadcaster the letters alone stand for). Not a role's words after it ("NATO Secretary General").
 * Mutates the mentions in place.
 */
export function regionalStations(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  if (!mentions.some((m) => m.kind === "media" && m.last - m.first === 1)) return;
  const inside = new Set<Mention>();
  const byFirst = new Map(mentions.map((m) => [m.first, m]));
  for (const m of mentions) {
    if (m.type !== "Organization" || m.kind !== "media" || m.last - m.first !== 1 || inside.has(m)) continue;
    if (!isAcronym(m.text)) continue;
    const sentence = tokens[m.first]?.sentence;
    let k = m.last;
    while (k < m.last + MAX_REGION_WORDS) {
      const t = tokens[k];
      if (t?.kind !== "word" || !t.cap || t.sentence !== sentence || byFirst.has(k) || isRoleHead(t.lower)) break;
      k++;
    }
    const after = tokens[k];
    const runEnds = !after?.cap || after.kind !== "word" || after.sentence !== sentence;
    if (k === m.last || !runEnds) continue;
    extendMention(text, tokens, mentions, m, k, inside);
  }
  if (inside.size === 0) return;
  const kept = mentions.filter((m) => !inside.has(m));
  mentions.length = 0;
  mentions.push(...kept);
}

/**
 * "in an interview with 9News", "7News reported": a channel's number written onto its name is the name's (the
 * tokenizer splits "9News" in two). Extends the organization's mention leftward over it (2026-12-07, newsdev71).
 */
export function numberedStations(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of [...mentions]) {
    const number = tokens[m.first - 1];
    if (m.type !== "Organization" || number?.kind !== "number" || number.end !== m.start) continue;
    if (!/^\d{1,2}$/.test(number.text) || tokens[m.first - 2]?.end === number.start) continue;
    openOrganizationName(text, tokens, mentions, m, m.first - 1, m.kind ?? "media");
  }
}
