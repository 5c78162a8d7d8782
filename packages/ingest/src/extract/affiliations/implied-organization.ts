import { type AnalyzedText, tokenAtOrAfter } from "../document.js";
import { describedOrganization } from "../entities/described-org.js";
import type { Mention } from "../entities/types.js";

/** Titles whose holder serves an organization of one kind, by the noun that describes it. */
const IMPLIED_BY_TITLE: ReadonlyMap<string, string> = new Map([
  ["superintendent", "district"],
  ["bishop", "diocese"],
  ["archbishop", "diocese"],
  ["district judge", "court"],
  // ("said council member Latrice Holloway" beside the Rockbridge City Council)
  ["council member", "council"],
  ["councilmember", "council"],
]);

/**
 * "Superintendent Angela M. Whitfield said …" in an article about the Harlan Creek Independent School
 * District: a title right before the name (one or two words, as written) that only one kind of
 * organization has, and the one organization of that kind named before the person
 * (`describedOrganization`, as "the district" would be read there). The organization and the title, or
 * undefined when the title implies none or the article names none or several.
 */
export function impliedOrganization(doc: AnalyzedText, m: Mention): { org: number; role: string } | undefined {
  const { tokens } = doc;
  const first = tokenAtOrAfter(tokens, m.start + m.text.length - m.name.length);
  for (const words of [2, 1]) {
    const from = first - words;
    if (from < 0) continue;
    const title = tokens
      .slice(from, first)
      .map((t) => t.lower)
      .join(" ");
    const noun = IMPLIED_BY_TITLE.get(title);
    if (noun === undefined) continue;
    const org = describedOrganization(doc.entities.clusters, noun, m.start);
    return org ? { org: org.id, role: title } : undefined;
  }
  return undefined;
}
