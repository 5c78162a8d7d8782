import { AP_STATE_ABBREVIATIONS } from "../lexicon/places.js";
import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/**
 * "DOVER, Del. (Reuters) -", "a Wilmington, Del., company": a US state as AP abbreviates it, right after a town's
 * comma, is a place — not the person the tagger reads in a one-word name ("Del", "Miss"). Drops those mentions.
 */
export function stateAbbreviationsAfterTowns(tokens: readonly Token[], mentions: Mention[]): void {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.last - m.first !== 1 || m.title !== undefined || m.type === "Organization") continue;
    const word = tokens[m.first] as Token;
    const stop = tokens[m.last];
    if (tokens[m.first - 1]?.text !== "," || stop?.text !== "." || stop.start !== word.end) continue;
    if (AP_STATE_ABBREVIATIONS.has(`${word.text}.`)) mentions.splice(i, 1);
  }
}
