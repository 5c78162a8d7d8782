import { cueOf } from "../lexicon/cues.js";
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

/** Words before a subject pronoun that open or join clauses rather than name a noun. */
const CLAUSE_LINKS =
  /^(?:that|and|but|or|because|as|if|when|while|so|since|though|although|than|where|whether|after|before|until|once|then|also|now|still|even|which|who|said|says|say|has|had|have|is|was|were|are|be|been)$/;

/**
 * "a record it called “a blank check for law enforcement”", "what it called “political training …”": whether the
 * naming cue at token `cue` has a pronoun subject (`it`, `he` …) of a clause that describes the noun or "what"
 * right before it — a name given, no claim of its own. Pure.
 */
export function namesInDescribingClause(tokens: readonly Token[], cue: number): boolean {
  const pronoun = tokens[cue - 1];
  const before = tokens[cue - 2];
  if (!pronoun || !/^(?:it|he|she|they|we)$/.test(pronoun.lower) || before?.sentence !== pronoun.sentence) return false;
  if (before.kind !== "word" || before.cap) return false;
  if (before.lower === "what") return true;
  return /^[a-z]+$/.test(before.lower) && !CLAUSE_LINKS.test(before.lower) && cueOf(before.lower) === undefined;
}
