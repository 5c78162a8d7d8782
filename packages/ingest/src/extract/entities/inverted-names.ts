import { firstNameGender } from "../lexicon/first-names.js";
import { AP_STATE_ABBREVIATIONS } from "../lexicon/places.js";
import type { Token } from "../text/tokens.js";

/** An entry of a reading list written surname first: "Austen, Jane." */
export interface InvertedName {
  /** The surname's token. */
  surname: number;
  /** The given names' tokens [first, last). */
  givenFirst: number;
  givenLast: number;
  /** "Jane Austen". */
  name: string;
}

const ENTRY_END = new Set([".", "and", "&", ";"]);
const MAX_GIVEN_NAMES = 3;

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === "word" && t.cap;
}

/** True when a line break (or the start of the text) comes right before token i. */
function startsLine(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || text.slice(prev.end, (tokens[i] as Token).start).includes("\n");
}

/**
 * Reading lists and bibliographies name people surname first: "Austen, Jane. Pride and
 * Prejudice", "Marx, Karl and Engels, Friedrich. The Communist Manifesto". An entry is a
 * capitalized word at the start of a line (or after the "and" that ends the entry before it),
 * a comma, up to three capitalized given names the first of which is a known first name, then
 * ".", "and", "&", ";" or the end of the line. The surname is the person; the given names are not
 * a second one.
 */
export function invertedNames(text: string, tokens: readonly Token[]): InvertedName[] {
  const out: InvertedName[] = [];
  let lastEntryEnd = -1;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const surname = tokens[i];
    if (!isWord(surname) || tokens[i + 1]?.text !== ",") continue;
    const opensEntry = startsLine(text, tokens, i) || (tokens[i - 1]?.lower === "and" && lastEntryEnd === i - 1);
    if (!opensEntry) continue;
    const first = tokens[i + 2] as Token;
    if (!isWord(first) || firstNameGender(first.text) === undefined) continue;
    // ("FRANKFORT, Ky. —": a dateline's town and state, not "Ky Frankfort")
    if (tokens[i + 3]?.text === "." && AP_STATE_ABBREVIATIONS.has(`${first.text}.`)) continue;
    let j = i + 3;
    while (j < tokens.length && j - (i + 2) < MAX_GIVEN_NAMES && isWord(tokens[j]) && !startsLine(text, tokens, j)) j++;
    const after = tokens[j];
    if (after && !ENTRY_END.has(after.lower) && !startsLine(text, tokens, j)) continue;
    const given = tokens.slice(i + 2, j).map((t) => t.text);
    out.push({ surname: i, givenFirst: i + 2, givenLast: j, name: `${given.join(" ")} ${surname.text}` });
    lastEntryEnd = after && after.lower !== "." ? j : -1;
    i = j - 1;
  }
  return out;
}
