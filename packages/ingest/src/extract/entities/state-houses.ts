import { PLACES, US_STATE_NAMES } from "../lexicon/places.js";
import type { Token } from "../text/tokens.js";
import { addMentions, organizationMention, retypeAsOrganization } from "./mention-span.js";
import { isStateChamber } from "./state-chambers.js";
import type { Mention } from "./types.js";

const US_HOUSE = "United States House of Representatives";

/**
 * "the Democrats in the Indiana House", "The North Carolina House voted": a state's name and "House" (the tagger reads
 * the run as a place) is that state's chamber. Retypes the run's mention, or adds one where no run kept the words,
 * keeping the mentions sorted.
 */
export function stateHouses(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const covered = (from: number, to: number) => mentions.some((m) => m.first < to && m.last > from);
  const found: Mention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const house = tokens[k];
    if (house?.text !== "House" || tokens[k + 1]?.cap) continue;
    for (const words of [1, 2]) {
      const first = k - words;
      const start = tokens[first];
      if (!start || start.sentence !== house.sentence) continue;
      const place = tokens.slice(first, k);
      if (!place.every((t) => t.kind === "word" && t.cap)) continue;
      const name = `${text.slice(start.start, (tokens[k - 1] as Token).end)} House`;
      if (!isStateChamber(name, US_HOUSE)) continue;
      // (the run the tagger read as a place: retyped)
      const same = mentions.find((m) => m.first === first && m.last === k + 1);
      if (same) {
        retypeAsOrganization(same, "legislature");
        break;
      }
      if (covered(first, k + 1)) continue;
      found.push(organizationMention(text, tokens, first, k + 1, "legislature"));
      break;
    }
  }
  addMentions(mentions, found);
  // ("the Alabama House of Representatives", "the Virginia House of Delegates": a state's chamber by its whole name is
  // a legislature, so that "the House" after it is that chamber, newsdev75)
  for (const m of mentions) {
    if (m.type !== "Organization" || m.kind === "legislature") continue;
    const state = /^(.+) (?:House of Representatives|House of Delegates|State Senate|State Assembly)$/.exec(
      m.name,
    )?.[1];
    if ((state !== undefined && US_STATE_NAMES.has(state)) || m.name === "House of Delegates") m.kind = "legislature";
  }
}

/**
 * "both chambers of the Legislature", "the Legislature’s budget committee": a state's legislature named by its
 * capitalised noun alone after "the" (the gold READMEs' canonical "Legislature", newsdev39) is an organization, when
 * the tagger kept no other reading of the word (2026-12-07, newsdev64). Adds or retypes the mentions, keeping them
 * sorted.
 */
export function bareLegislatures(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const found: Mention[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const word = tokens[k] as Token;
    if (word.text !== "Legislature" || tokens[k - 1]?.lower !== "the") continue;
    const next = tokens[k + 1];
    if (next?.cap && next.sentence === word.sentence) continue;
    // (the word the tagger read, in doubt, as an organization's: the doubt dropped)
    const same = mentions.find((m) => m.first === k && m.last === k + 1);
    if (same) retypeAsOrganization(same, "legislature");
    else if (!mentions.some((m) => m.first <= k && m.last > k))
      found.push(organizationMention(text, tokens, k, k + 1, "legislature"));
  }
  addMentions(mentions, found);
}

/**
 * "PolitiFact Missouri rated that claim Half True": a news organization, then a US state's name, is that state's
 * edition, one organization (the tagger reads the state as a place and drops the run). Retypes or adds the mention,
 * keeping the mentions sorted. `mediaAt` says whether a word names a news organization.
 */
export function stateEditions(
  text: string,
  tokens: readonly Token[],
  mentions: Mention[],
  mediaAt: (word: string) => boolean,
): void {
  const found: Mention[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const [outlet, state] = [tokens[k] as Token, tokens[k + 1] as Token];
    if (!outlet.cap || outlet.kind !== "word" || !state.cap || state.sentence !== outlet.sentence) continue;
    if (state.start !== outlet.end + 1 || !PLACES.has(state.lower) || tokens[k + 2]?.cap) continue;
    if (!mediaAt(outlet.text)) continue;
    const same = mentions.find((m) => m.first === k);
    if (same && same.last > k + 2) continue;
    if (mentions.some((m) => m !== same && m.first <= k + 1 && m.last > k)) continue;
    const mention = organizationMention(text, tokens, k, k + 2, "media");
    if (same) Object.assign(same, mention);
    else found.push(mention);
  }
  addMentions(mentions, found);
}
