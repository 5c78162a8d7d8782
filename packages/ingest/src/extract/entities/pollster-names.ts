import type { Token } from "../text/tokens.js";
import { organizationMention } from "./mention-span.js";
import type { Mention } from "./types.js";

/** Titles that also name a firm's trade when "the" stands before them ("the pollster IBRiS"). */
const TRADE_TITLES: ReadonlySet<string> = new Set(["pollster"]);

/** A one-word name written as a firm's acronym: two capitals or more ("IBRiS", "CBOS", "YouGov"). */
const ACRONYM_LIKE = /^(?=(?:\P{Lu}*\p{Lu}){2})[\p{L}\d&-]+$/u;

/**
 * "A survey by the pollster IBRiS for the daily Rzeczpospolita": "the", a trade's title and a one-word name written
 * as an acronym is the firm, not a person the title introduces ("Republican pollster Whit Ayres" stays one).
 * Replaces such Person mentions by the organization's mention of the name alone (2026-12-07, newsdev60).
 */
export function firmsAfterTradeTitles(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n] as Mention;
    if (m.type !== "Person" || m.title === undefined || !TRADE_TITLES.has(m.title)) continue;
    // (the mention's tokens are the name's; its title stands right before them)
    if (m.last - m.first !== 1 || tokens[m.first - 1]?.lower !== m.title || tokens[m.first - 2]?.lower !== "the")
      continue;
    const name = tokens[m.first] as Token;
    if (!ACRONYM_LIKE.test(name.text)) continue;
    mentions[n] = organizationMention(text, tokens, m.last - 1, m.last, "company");
  }
}
