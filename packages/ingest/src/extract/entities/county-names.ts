import { isPossessive, type Token } from "../text/tokens.js";
import { openOrganizationName } from "./mention-span.js";
import type { Mention } from "./types.js";

/**
 * "the Prince George's County Board of Elections", "Queen Anne's County": a county named with a possessive, which
 * the tagger and the titles read as a person ("Prince George") before an organization ("County Board of
 * Elections"). The organization after "'s County" opens at the name; a name so written is a place wherever else the
 * article writes it ("Prince George's has grown …"), never a person. Mutates the mentions in place.
 */
export function possessiveCounties(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const places = new Set<string>();
  // (the candidates first: `openOrganizationName` drops mentions from the list)
  const candidates = mentions.filter(
    (m) =>
      (m.type === "Person" || m.type === "Unknown") &&
      tokens[m.last + 1]?.text === "County" &&
      isPossessive(tokens[m.last]),
  );
  for (const m of candidates) {
    places.add(m.text);
    const org = mentions.find((o) => o.first === m.last + 1 && o.type === "Organization");
    // (from the title the mention holds: "Prince" of "Prince George")
    let first = m.first;
    while (first > 0 && (tokens[first - 1] as Token).start >= m.start) first--;
    if (org) openOrganizationName(text, tokens, mentions, org, first, org.kind ?? "organization");
  }
  if (places.size === 0) return;
  for (const m of mentions)
    if (m.type === "Person" && places.has(m.text)) {
      m.type = "Unknown";
      m.tagged = "LOC";
    }
}
