import { ROLE_NOUNS } from "../lexicon/titles.js";
import type { Token } from "../text/tokens.js";

/** What opens a naming construction's noun phrase: "a program called …", "one PAC called …". */
const INDEFINITE = new Set(["a", "an", "one", "another"]);
/** Words between the article and "called": "a new group", "a 2002 psychology class", "an anti-Trump super PAC". */
const MAX_NOUN_PHRASE = 4;

/**
 * "a program called Sandy Hook Promise", "a play called “Los Hijos de Trump”": "called" naming the
 * thing an indefinite noun phrase just introduced, not someone speaking. True when the cue at `i` is
 * "called", the words before it (at most four, all words or numbers) go back to an indefinite
 * article, their head is not a person ("a spokesman called …" stays a cue), and a name or a quote
 * follows. Pure.
 */
export function isNamingCall(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.lower !== "called") return false;
  const next = tokens[i + 1];
  if (!next || !((next.kind === "word" && next.cap) || next.kind === "quote")) return false;
  const head = tokens[i - 1];
  if (!head || head.kind === "punct" || head.kind === "quote" || ROLE_NOUNS.has(head.lower)) return false;
  for (let j = i - 1; j >= Math.max(0, i - 1 - MAX_NOUN_PHRASE); j--) {
    const t = tokens[j] as Token;
    if (t.kind !== "word" && t.kind !== "number") return false;
    if (INDEFINITE.has(t.lower)) return j < i - 1;
  }
  return false;
}
