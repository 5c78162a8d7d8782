import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/**
 * "House Minority Leader Lorna Vance", "Senate Majority Whip X": the chamber's word and the party side before a
 * leader's title are the title's, not an organization "House Minority" (the affiliation finds the chamber). Removes
 * such mentions in place.
 */
export function dropLeaderTitleWords(tokens: readonly Token[], mentions: Mention[]): void {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as Mention;
    if (m.type === "Person" || m.last - m.first !== 2) continue;
    const [chamber, side] = [tokens[m.first], tokens[m.first + 1]];
    if (!/^(?:House|Senate)$/.test(chamber?.text ?? "") || !/^(?:Majority|Minority)$/.test(side?.text ?? "")) continue;
    if (!/^(?:Leader|Whip)$/.test(tokens[m.last]?.text ?? "")) continue;
    mentions.splice(k, 1);
  }
}

/**
 * "The Louisville Democrat also accused …", "the Iowa Republican": a place and a party's member noun after "the"
 * describe a person the article names (AP's ", D-Louisville,"), not an organization. Removes such mentions in place.
 */
export function dropMemberDescriptions(tokens: readonly Token[], mentions: Mention[]): void {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as Mention;
    if (m.type === "Person" || m.last - m.first < 2 || m.last - m.first > 3) continue;
    if (!/^(?:Democrat|Republican)$/.test(tokens[m.last - 1]?.text ?? "")) continue;
    if (tokens[m.first - 1]?.lower !== "the") continue;
    mentions.splice(k, 1);
  }
}
