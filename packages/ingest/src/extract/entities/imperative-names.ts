import type { Token } from "../text/tokens.js";
import { openOrganizationName } from "./mention-span.js";
import type { Mention } from "./types.js";

/** Verbs that open charities' and campaigns' names before "the" or "Our" ("Save the Kiwi", "Save Our Schools"). */
const OPENING_VERBS: ReadonlySet<string> = new Set(["Save", "Stop", "Feed", "Rock"]);

/**
 * "Save the Kiwi, the national kiwi charity, warned …": a capitalised verb and "the" right before a name make one
 * organization's name with it (the tagger reads "Kiwi" alone, or nothing). Extends the mention leftward over them
 * and types it an organization's.
 */
export function imperativeNames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of [...mentions]) {
    const the = tokens[m.first - 1];
    const verb = tokens[m.first - 2];
    // ("Save Our Heritage Ashford", "Save Our Schools": "Our" as the article, 2026-12-07, newsdev67)
    if (!/^(?:the|Our)$/.test(the?.text ?? "") || !verb || !OPENING_VERBS.has(verb.text) || m.title !== undefined)
      continue;
    if (verb.sentence !== (tokens[m.first] as Token).sentence) continue;
    openOrganizationName(text, tokens, mentions, m, m.first - 2, "organization");
  }
}
