import { HEADLINE_VERBS } from "../lexicon/headline-verbs.js";
import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";

/** Whether most words of a sentence are capitalized ("Bernie Sanders Says He’s Already Started …"). */
export function isTitleCase(tokens: Token[], s: Sentence): boolean {
  let words = 0;
  let caps = 0;
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || t.text.length < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps >= words * 0.8;
}

/**
 * A capitalized cue in a Title Case headline ("Bernie Sanders Says …", "Trump Slams …"): a verb in
 * the third person, right after a capitalized word. Elsewhere a capitalized cue word is a name or a
 * sentence opener and is not a cue.
 */
export function isHeadlineCue(tokens: Token[], i: number, s: Sentence): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (!t.cap || !HEADLINE_VERBS.has(t.lower) || i === s.first || !prev?.cap) return false;
  return isTitleCase(tokens, s);
}
