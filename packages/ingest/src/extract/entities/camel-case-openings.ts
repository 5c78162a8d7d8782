import type { Token } from "../text/tokens.js";
import { openOrganizationName } from "./mention-span.js";
import type { Mention } from "./types.js";

/** A word that opens in lower case and goes on with a capital ("eThekwini", "iSimangaliso"). */
const CAMEL_CASE = /^\p{Ll}+\p{Lu}\p{L}*$/u;

/**
 * "eThekwini Municipality cut the orchestra's grant": a name's first word written with a lower-case prefix (Zulu
 * place names, brands) is no capitalised word, so the run began after it; an organization's mention right after such
 * a word, one space between, opens at it. Mutates the mentions in place.
 */
export function camelCaseOpenings(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of [...mentions]) {
    if (m.type !== "Organization" || m.title !== undefined) continue;
    const word = tokens[m.first - 1];
    if (word?.kind !== "word" || !CAMEL_CASE.test(word.text) || word.end + 1 !== m.start) continue;
    if (word.sentence !== tokens[m.first]?.sentence) continue;
    openOrganizationName(text, tokens, mentions, m, m.first - 1, m.kind ?? "organization");
  }
}
