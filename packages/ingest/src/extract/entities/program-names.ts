import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/** A government programme's name in American spelling: capitalised words, then "Program". */
const PROGRAM_NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s)+Program$/u;

/**
 * "to extend the National Flood Insurance Program", "the Supplemental Nutrition Assistance Program": a programme is a
 * policy, no actor, as the gold READMEs annotate every one (newsdev35, newsdev68; "the World Food Programme", a UN
 * agency, and "the Loan Programs Office" are organizations and are not so written). Drops the organization mentions
 * of such names, which the tagger reads as organizations — unless the article places someone at it, as one works at
 * an organization ("a lawyer at the National Health Law Program", a legal advocacy group, newsdev78), or places it at
 * an institution (2026-12-08, newsdev86).
 */
export function dropProgramNames(tokens: readonly Token[], mentions: Mention[]): void {
  const candidates = mentions.filter(
    (m) => m.type === "Organization" && m.title === undefined && PROGRAM_NAME.test(m.name),
  );
  if (candidates.length === 0) return;
  // (or a unit of an institution after it: "joined the Sport Management Program at Washington State University", GUM)
  const workplaces = new Set(
    candidates.filter((m) => placedAt(tokens, m.first) || tokens[m.last]?.lower === "at").map((m) => m.name),
  );
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as Mention;
    if (candidates.includes(m) && !workplaces.has(m.name)) mentions.splice(k, 1);
  }
}

/** Whether "at" or "with" (and perhaps "the") stands right before token `first`. */
function placedAt(tokens: readonly Token[], first: number): boolean {
  const k = tokens[first - 1]?.lower === "the" ? first - 2 : first - 1;
  return /^(?:at|with)$/.test(tokens[k]?.lower ?? "");
}
