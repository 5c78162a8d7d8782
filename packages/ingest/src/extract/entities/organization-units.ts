import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/** Words that name a unit of a larger organization ("State Lodge", "Maryland Chapter", "Western Division"). */
const UNIT_HEADS: ReadonlySet<string> = new Set(["Lodge", "Chapter", "Branch", "Division", "Section", "Affiliate"]);

/**
 * "The Maryland State Lodge of the Fraternal Order of Police praised the veto": a unit of an organization named
 * by capitalised words ending in a unit's word, then "of the" and the organization the tagger found, is one
 * organization over both (the gold READMEs name the lodge so, newsdev81); the tagger reads the state as a place
 * and drops the rest. Mutates the mentions in place, dropping the ones inside.
 */
export function unitsOfOrganizations(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const inside = new Set<Mention>();
  for (const m of mentions) {
    if (m.type !== "Organization" || m.title !== undefined || inside.has(m)) continue;
    const unit = tokens[m.first - 3];
    if (tokens[m.first - 1]?.lower !== "the" || tokens[m.first - 2]?.lower !== "of") continue;
    if (!unit || !UNIT_HEADS.has(unit.text) || unit.sentence !== tokens[m.first]?.sentence) continue;
    let first = m.first - 3;
    while (
      first > 0 &&
      tokens[first - 1]?.cap &&
      tokens[first - 1]?.kind === "word" &&
      tokens[first - 1]?.sentence === unit.sentence &&
      tokens[first - 1]?.lower !== "the"
    )
      first--;
    if (first === m.first - 3) continue;
    for (const other of mentions) if (other !== m && other.first >= first && other.last <= m.first) inside.add(other);
    if (mentions.some((o) => o !== m && !inside.has(o) && o.first < m.first && o.last > first)) continue;
    m.start = (tokens[first] as Token).start;
    m.first = first;
    m.text = text.slice(m.start, m.end);
    m.name = m.text;
    m.tagged = "ORG";
    delete m.tentative;
  }
  for (let k = mentions.length - 1; k >= 0; k--) if (inside.has(mentions[k] as Mention)) mentions.splice(k, 1);
}
