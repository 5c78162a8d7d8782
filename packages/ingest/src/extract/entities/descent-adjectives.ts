import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/** Capitalised adjectives of race or descent that news writes before a noun ("Black drivers", "the only Black member"). */
const DESCENT_ADJECTIVES = /^(?:Black|White|Brown|Hispanic|Latino|Latina|Latinx|Asian|Indigenous|Native)$/;

/**
 * "accusing its deputies of pulling over Black drivers", "the only Black member of the board": a one-word person the
 * tagger read in such an adjective right before a lower-case word is no one (2026-12-07, newsdev65). Drops them.
 */
export function descentAdjectives(tokens: readonly Token[], mentions: Mention[]): void {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as Mention;
    if (m.type !== "Person" || m.title || m.last - m.first !== 1) continue;
    const next = tokens[m.last];
    if (!DESCENT_ADJECTIVES.test(tokens[m.first]?.text ?? "")) continue;
    if (next?.kind === "word" && !next.cap && next.sentence === tokens[m.first]?.sentence) mentions.splice(k, 1);
  }
}
