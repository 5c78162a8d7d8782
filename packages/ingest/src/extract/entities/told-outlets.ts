import type { Token } from "../text/tokens.js";
import { addMentions, organizationMention } from "./mention-span.js";
import type { Mention } from "./types.js";

/** The forms of "tell" a reporting chain's outlet follows ("He told The Record that …"). */
export const TELLING = /^(?:told|tells|telling|tell)$/;

/** Most capitalised words of a newspaper's name after its "The" ("The Namibian", "The Post and Courier"). */
const MAX_NAME_WORDS = 3;

/**
 * "He told The Record that …", "told The Namibian that …": after a form of "tell", a capitalised "The" inside the
 * sentence opens a name — a newspaper's, the one its source told (a person is told as "the reporter", never "The"
 * and a capital). The run of capitalised words after it, up to a word that is no name's, is a news organization
 * under its whole name, "The" included, though the tagger read it as nothing, a nationality or a place, or as an
 * organization it was unsure of (2026-12-08, newsdev86). Mutates the mentions in place.
 */
export function toldOutlets(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const found: Mention[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const the = tokens[i] as Token;
    if (the.text !== "The" || !TELLING.test((tokens[i - 1] as Token).text)) continue;
    let k = i + 1;
    // ("told The News & Observer": an ampersand between the name's words)
    const nameWord = (j: number) =>
      (tokens[j]?.kind === "word" && tokens[j]?.cap) ||
      (tokens[j]?.text === "&" && j > i + 1 && tokens[j + 1]?.kind === "word" && tokens[j + 1]?.cap);
    while (k <= i + MAX_NAME_WORDS + 1 && nameWord(k)) k++;
    const after = tokens[k];
    if (k === i + 1 || (after?.kind === "word" && after.cap)) continue;
    const start = the.start;
    const end = (tokens[k - 1] as Token).end;
    // (the organization the tagger or a rule already read there, whatever its span: retyped, not doubled)
    const held = mentions.filter((m) => m.start < end && m.end > start);
    if (held.some((m) => m.type === "Person" || (m.type === "Organization" && m.kind === "media"))) continue;
    // ("told The Wichita Eagle": the name the tagger read without its "The" stays so)
    const exact = held.find(
      (m) => (m.start === start || m.first === i + 1) && m.end === end && m.type === "Organization",
    );
    if (exact) {
      exact.kind = "media";
      delete exact.tentative;
      continue;
    }
    for (const m of held) mentions.splice(mentions.indexOf(m), 1);
    found.push(organizationMention(text, tokens, i, k, "media"));
  }
  addMentions(mentions, found);
}
