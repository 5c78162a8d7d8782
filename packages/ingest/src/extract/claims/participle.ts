import { FUNCTION_WORDS } from "../lexicon/function-words.js";
import type { Token } from "../text/tokens.js";

/** Participles that, right after a noun, say what that noun holds or shows. */
const MODIFIER_PARTICIPLES = new Set(["supporting", "backing", "opposing", "endorsing", "showing", "urging"]);

/**
 * "those supporting deportation", "a super PAC supporting Mrs. Clinton", "with polls showing …":
 * a participle right after its noun (no comma) makes the noun the source. After a function word
 * or an auxiliary ("is supporting", "to supporting") it is not this form.
 */
export function isModifierParticiple(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (!MODIFIER_PARTICIPLES.has(t.lower) || !prev || prev.sentence !== t.sentence) return false;
  if (prev.kind !== "word") return false;
  if (FUNCTION_WORDS.has(prev.lower) && prev.lower !== "those") return false;
  return !/(?:ly|ed)$/.test(prev.lower);
}
