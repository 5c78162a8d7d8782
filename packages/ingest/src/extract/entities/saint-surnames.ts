import type { Token } from "../text/tokens.js";
import { extendMention } from "./mention-span.js";
import type { Mention } from "./types.js";

/**
 * "the ministry's permanent secretary, Kerry-Ann St. Hill, told reporters": a surname that opens with "St." ("St.
 * Hill", "St. John", "St. Clair"), which the tagger leaves out of the person's name (the abbreviation reads as a
 * street's or a saint's), is the name's, when the person's mention is a given name alone and the surname's word
 * closes the run. Mutates the mentions in place, dropping any mention over the surname.
 */
export function saintSurnames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    if (m.type !== "Person" || m.last - m.first !== 1) continue;
    const st = tokens[m.last];
    const surname = tokens[m.last + 1];
    if (st?.text !== "St." || !surname?.cap || surname.kind !== "word" || surname.sentence !== st.sentence) continue;
    if (st.start !== m.end + 1 || surname.start !== st.end + 1 || tokens[m.last + 2]?.cap) continue;
    const over = mentions.find((o) => o !== m && o.first <= m.last + 1 && o.last > m.last);
    if (over?.type === "Person" && over.last - over.first > 2) continue;
    if (over) mentions.splice(mentions.indexOf(over), 1);
    extendMention(text, tokens, mentions, m, m.last + 2, new Set());
  }
}
