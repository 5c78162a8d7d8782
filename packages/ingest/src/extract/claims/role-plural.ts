import { PRONOUNS } from "../lexicon/function-words.js";
import { isRoleHead } from "../lexicon/titles.js";
import type { Token } from "../text/tokens.js";

/** Words before a plural that leave it a verb ("he judges", "who judges", "and then judges"). */
const VERB_SUBJECTS = /^(?:who|which|that|and|or|but|then|also|often|still|never|always)$/;

/**
 * Whether the cue form at token i is a role's plural, a noun: "30 other retired judges", "lawyers and judges who had
 * appeared before her" — a form in -s whose stem heads a role, after a number or a lower-case modifier (no pronoun,
 * no conjunction), or before "who" (2026-12-07, newsdev66).
 */
export function isRolePlural(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== "word" || t.cap || !/[^s]s$/.test(t.lower) || !isRoleHead(t.lower.slice(0, -1))) return false;
  if (tokens[i + 1]?.lower === "who") return true;
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== t.sentence) return false;
  if (prev.kind === "number") return true;
  return prev.kind === "word" && !prev.cap && !PRONOUNS.has(prev.lower) && !VERB_SUBJECTS.test(prev.lower);
}
