import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/** Capitalised words inside a committee's slogan name that no person's name holds ("Forward With Harrington"). */
const SLOGAN_LINKS: ReadonlySet<string> = new Set(["With", "For", "Against"]);

/**
 * "Forward With Harrington", "Stand With Rowan": a name the tagger read as a person's with a capitalised "With",
 * "For" or "Against" between its words is a committee's slogan, an organization — not the candidate it names
 * (2026-12-07, newsdev61). Retypes such Person mentions.
 */
export function committeesNamedBySlogans(tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== "Person" || m.title !== undefined || m.last - m.first < 3) continue;
    let link = false;
    for (let k = m.first + 1; k < m.last - 1; k++) if (SLOGAN_LINKS.has((tokens[k] as Token).text)) link = true;
    if (!link) continue;
    m.type = "Organization";
    m.kind = "committee";
    m.tagged = "ORG";
    delete m.tentative;
  }
}
