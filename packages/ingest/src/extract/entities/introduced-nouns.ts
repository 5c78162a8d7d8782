import { FUNCTION_WORDS } from "../lexicon/function-words.js";
import type { Token } from "../text/tokens.js";
import type { Cluster, Mention } from "./types.js";

/** Words that open a description of an organization in front of its name ("its studio", "the group"). */
const OPENERS = new Set(["the", "its", "their", "his", "her", "a", "an"]);
/** Words that open a description after its name's comma ("Lanternfish Games, a studio …"). */
const ARTICLES = new Set(["a", "an", "the"]);
/** Words a description after the name ends before ("a volunteer group that …", "a charity based in …"). */
const AFTER_ENDS = new Set([
  ...",.;)".split(""),
  ..."that which who whose in of for with from and".split(" "),
  // "a party founded in 2024", "a charity based in Leeds", "a studio owned by Helix"
  ..."based founded formed created launched established set run led owned".split(" "),
]);
/** Longest description, in words, between its opener and its noun. */
const MAX_WORDS = 4;

/**
 * A lowercase word that can head a description or a role ("studio", "charity", "referee"): three
 * letters or more, not a function word, not a number.
 */
export function isHeadNoun(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === "word" && !t.cap && /^\p{Ll}{3,}$/u.test(t.text) && !FUNCTION_WORDS.has(t.lower);
}

/**
 * The noun of a description right before an organization's name: "its Montreal studio, Lanternfish
 * Games", "the video game publisher Helix Interactive" — an opener, at most four words, the noun, then
 * the name (after a comma or none).
 */
function nounBefore(tokens: readonly Token[], m: Mention): string | undefined {
  let k = m.first - 1;
  if (tokens[k]?.text === ",") k--;
  const noun = tokens[k];
  if (!isHeadNoun(noun) || noun.sentence !== tokens[m.first]?.sentence) return undefined;
  for (let j = k - 1; j >= 0 && k - j <= MAX_WORDS; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== noun.sentence) return undefined;
    if (OPENERS.has(t.lower)) return noun.lower;
    if (t.kind !== "word" && t.text !== "-") return undefined;
    if (FUNCTION_WORDS.has(t.lower)) return undefined;
  }
  return undefined;
}

/**
 * The noun of a description after the name's comma: "Friends of Eastfield Library, a volunteer group
 * that …", "Bracket Research, the London-based research firm," — an article, at most four words, and
 * the noun before a comma, a full stop, a relative pronoun or a preposition.
 */
function nounAfter(tokens: readonly Token[], m: Mention): string | undefined {
  if (tokens[m.last]?.text !== ",") return undefined;
  const article = tokens[m.last + 1];
  if (!article || !ARTICLES.has(article.lower) || article.sentence !== tokens[m.first]?.sentence) return undefined;
  for (let k = m.last + 2; k < tokens.length && k - (m.last + 1) <= MAX_WORDS + 1; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    if (t.sentence !== article.sentence) return undefined;
    // ("Rechazo Ciudadano, the main group campaigning against the text,": a participle after the noun ends it too,
    // newsdev73)
    const participle = next !== undefined && /^\p{Ll}{3,}ing$/u.test(next.text) && k > m.last + 2;
    if (isHeadNoun(t) && (!next || next.sentence !== t.sentence || AFTER_ENDS.has(next.lower) || participle))
      return t.lower;
    if (t.kind !== "word" && t.text !== "-") return undefined;
    if (FUNCTION_WORDS.has(t.lower) && k > m.last + 2) return undefined;
  }
  return undefined;
}

/** Governing bodies an organization is named through ("the board of trustees of the … School District"). */
const BODIES = new Set(["board"]);

/**
 * "The board of trustees of the Harlan Creek Independent School District": the body, an "of" phrase of
 * at most two lowercase words ("of trustees", "of education"), and "of (the)" before the name — "the
 * board" (and "Board president X") is then that organization's.
 */
function bodyBefore(tokens: readonly Token[], m: Mention): string | undefined {
  let k = m.first - 1;
  if (tokens[k]?.lower === "the") k--;
  if (tokens[k]?.lower !== "of") return undefined;
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== tokens[m.first]?.sentence || t.kind !== "word") return undefined;
    if (BODIES.has(t.lower)) return j === k - 1 || tokens[j + 1]?.lower === "of" ? t.lower : undefined;
    if (t.cap && j !== k - 1) return undefined;
  }
  return undefined;
}

/**
 * Marks each organization (not a country) with the nouns the article introduces it by, in front of
 * its name or after its comma (`Cluster.introducedAs`), so that "the studio", "the group" later in the
 * article name it (`describedOrganization`).
 */
export function markIntroducedNouns(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  clusters: readonly Cluster[],
): void {
  for (const m of mentions) {
    const c = clusters[m.cluster];
    if (c?.type !== "Organization" || c.country) continue;
    const after = nounAfter(tokens, m);
    for (const noun of [nounBefore(tokens, m), after, bodyBefore(tokens, m)]) {
      if (!noun) continue;
      c.introducedAs ??= new Set();
      c.introducedAs.add(noun);
    }
    if (after) {
      c.appositiveAs ??= new Set();
      c.appositiveAs.add(after);
    }
  }
}
