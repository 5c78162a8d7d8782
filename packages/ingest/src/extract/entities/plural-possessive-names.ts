import type { Token } from "../text/tokens.js";
import { extendMention, openOrganizationName } from "./mention-span.js";
import type { Mention } from "./types.js";

/**
 * Plurals that end an organization's own name, whose possessive is the organization's ("the Army Corps' Charleston
 * District" is the Corps' district, no name of its own).
 */
const NOT_MEMBERS: ReadonlySet<string> = new Set([
  "corps",
  "forces",
  "services",
  "affairs",
  "industries",
  "news",
  "times",
  "sports",
  "resources",
  "relations",
  "holdings",
  "systems",
  "communications",
]);

/**
 * "The Andorra Residents' Platform", "the Kenya Farmers' Platform": an organization's name whose members' plural
 * possessive stands inside it, which the tagger cuts at the apostrophe ("Andorra Residents", then "Platform"). An
 * organization's mention ending in a plural with its apostrophe right after, then a capitalised name of one or two
 * words right after that, is one organization's name. Mutates the mentions in place, dropping the second.
 */
export function pluralPossessiveNames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (let k = mentions.length - 2; k >= 0; k--) {
    const m = mentions[k] as Mention;
    const next = mentions[k + 1] as Mention;
    if (m.type !== "Organization" || m.title !== undefined || next.type === "Person") continue;
    const plural = tokens[m.last - 1] as Token;
    const mark = tokens[m.last];
    if (!/[^s]s$/.test(plural.text) || NOT_MEMBERS.has(plural.lower) || m.last - m.first < 2) continue;
    if (!/^['’]$/.test(mark?.text ?? "") || mark?.start !== plural.end) continue;
    if (next.first !== m.last + 1 || next.start !== (mark as Token).end + 1 || next.last - next.first > 2) continue;
    if (next.title !== undefined || tokens[next.first]?.sentence !== plural.sentence) continue;
    extendMention(text, tokens, mentions, m, next.last, new Set());
    delete m.tentative;
    mentions.splice(k + 1, 1);
  }
  // ("The Seniors' Prescription Coalition, a patients' group,": the members' plural alone after "The", which no mention
  // holds, opens the organization's name the tagger began after it, 2026-12-08, newsdev87)
  for (const m of [...mentions]) {
    if (m.type !== "Organization" || m.title !== undefined || m.last - m.first > 3) continue;
    const mark = tokens[m.first - 1];
    const plural = tokens[m.first - 2];
    if (!mark || !plural || !/^['’]$/.test(mark.text) || mark.start !== plural.end || mark.end + 1 !== m.start)
      continue;
    if (!plural.cap || !/[^s]s$/.test(plural.text) || NOT_MEMBERS.has(plural.lower)) continue;
    // (and a place's words before the plural: "the Ida-Viru Miners’ Trade Union")
    let first = m.first - 2;
    while (
      first > m.first - 4 &&
      tokens[first - 1]?.cap &&
      tokens[first - 1]?.kind === "word" &&
      tokens[first - 1]?.lower !== "the"
    )
      first--;
    if (tokens[first - 1]?.lower !== "the") continue;
    if (mentions.some((o) => o !== m && o.type !== "Unknown" && o.first < m.first - 1 && o.last > first)) continue;
    openOrganizationName(text, tokens, mentions, m, first, m.kind ?? "organization");
  }
}
