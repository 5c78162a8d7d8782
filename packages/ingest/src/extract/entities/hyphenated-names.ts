import { FUNCTION_WORDS } from "../lexicon/function-words.js";
import type { Token } from "../text/tokens.js";
import { addMentions, organizationMention, retypeAsOrganization } from "./mention-span.js";
import type { Mention } from "./types.js";

/** Words of newspapers' joined names ("Herald-Leader", "Post-Gazette", "Star-Tribune", "Times-Picayune"). */
const PAPER_PARTS = new Set([
  "herald",
  "gazette",
  "tribune",
  "journal",
  "times",
  "post",
  "star",
  "ledger",
  "news",
  "press",
  "courier",
  "telegram",
  "picayune",
  "chronicle",
  "dispatch",
  "sentinel",
  "examiner",
]);
/** An acronym joined by a hyphen ("C-SPAN"), no digits. */
const HYPHENED_ACRONYM = /^\p{Lu}{1,4}-\p{Lu}{2,6}$/u;
/** Most capitalised words of a paper's place before its joined name ("the Lexington Herald-Leader"). */
const MAX_PLACE_WORDS = 3;

/**
 * "the Lexington Herald-Leader", "in an interview with C-SPAN": a newspaper's name joined by a hyphen (with the
 * capitalised words of its town before it), and an acronym joined by one, that no run kept, are organizations.
 * Retypes a mention of exactly those words, or adds one where none covers them, keeping the mentions sorted.
 */
export function hyphenatedNames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const found: Mention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || !t.text.includes("-")) continue;
    const parts = t.text.split("-");
    const paper =
      parts.length >= 2 &&
      parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p)) &&
      parts.some((p) => PAPER_PARTS.has(p.toLowerCase()));
    // (not AP's party and state, "D-CO", nor an acronym a bracket defines for a name, "(ZCCM-IH)", left to that name)
    const acronym = HYPHENED_ACRONYM.test(t.text) && !/^[DRI]-/.test(t.text) && !text.includes(`(${t.text})`);
    if (!paper && !acronym) continue;
    let first = k;
    if (paper)
      while (
        first > k - MAX_PLACE_WORDS &&
        tokens[first - 1]?.cap &&
        tokens[first - 1]?.kind === "word" &&
        tokens[first - 1]?.sentence === t.sentence &&
        !FUNCTION_WORDS.has((tokens[first - 1] as Token).lower) &&
        !(tokens[first - 2]?.sentence !== t.sentence)
      )
        first--;
    const same = mentions.find((m) => m.first === first && m.last === k + 1);
    if (same) {
      // ("the Marlow Courier-Journal reported": a paper's joined name the tagger read as a person's is the paper's)
      if (paper && same.type === "Person" && same.title === undefined) same.type = "Unknown";
      retypeAsOrganization(same, paper ? "media" : (same.kind ?? "organization"));
      continue;
    }
    if (mentions.some((m) => m.first <= k && m.last > k)) continue;
    // (the town's words before it: a place's mention, or the paper's name the tagger cut there)
    const before = mentions.filter((m) => m.first >= first && m.last <= k);
    if (before.some((m) => m.type === "Person" || (m.type === "Organization" && m.kind !== "media"))) first = k;
    else for (const m of before) mentions.splice(mentions.indexOf(m), 1);
    found.push(organizationMention(text, tokens, first, k + 1, paper ? "media" : "organization"));
  }
  addMentions(mentions, found);
}
