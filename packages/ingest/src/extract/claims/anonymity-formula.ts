import type { AnalyzedText } from "../document.js";
import type { Token } from "../text/tokens.js";
import type { DraftClaim } from "./types.js";

/**
 * The words a reporter gives for granting a source anonymity ("spoke on condition of anonymity",
 * "spoke to Reuters on condition of anonymity", "asked not to be named", "requested anonymity to
 * discuss …"): the terms of the interview, not something the source said.
 */
const ANONYMITY_FORMULA =
  /^(?:to\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,4})?(?:on\s+(?:the\s+)?condition\s+(?:of|that)\b|(?:not\s+)?to\s+be\s+(?:named|identified|quoted)\b|anonymity\b)/iu;

/** Whether a claim's content is an anonymity formula. */
export function isAnonymityFormula(doc: AnalyzedText, claim: Pick<DraftClaim, "start" | "end">): boolean {
  return ANONYMITY_FORMULA.test(doc.text.slice(claim.start, claim.end));
}

/** The claims whose content is not an anonymity formula. */
export function withoutAnonymityFormulas<C extends Pick<DraftClaim, "start" | "end">>(
  doc: AnalyzedText,
  claims: C[],
): C[] {
  return claims.filter((c) => !isAnonymityFormula(doc, c));
}

/**
 * An aside that grants anonymity: "speaking on condition of anonymity", "who asked not to be named …" (", and who
 * asked not to be named …," after a first relative clause, newsdev56).
 */
const ANONYMITY_ASIDE =
  /^(?:(?:and|but)\s+)?(?:speaking|talking|who\s+(?:asked|requested|spoke|was|were|is|are|declined|did)\b)[\s\S]*?\b(?:anonymity|(?:named|identified|quoted)\b|(?:authori[sz]ed|permitted|allowed)\s+to\s+(?:speak|comment|discuss)\b)/iu;

/**
 * "A council officer, speaking on condition of anonymity, said …", "An official at X, who asked not
 * to be named because …, said …": when the comma right before a cue closes such an aside, the index of
 * the comma that opens it (the subject ends right before), else -1.
 */
export function anonymityAsideBefore(doc: AnalyzedText, sentenceFirst: number, closing: number): number {
  const { tokens } = doc;
  let open = closing - 1;
  while (open > sentenceFirst && tokens[open]?.text !== ",") open--;
  if (open <= sentenceFirst || open + 1 >= closing) return -1;
  const aside = doc.text.slice((tokens[open + 1] as Token).start, (tokens[closing - 1] as Token).end);
  return ANONYMITY_ASIDE.test(aside) ? open : -1;
}

/**
 * A restrictive clause that says how its subject voted, with no object ("Two House Republicans who voted no said …"):
 * it closes the subject as an anonymity aside does, and holds no cue of its own (2026-12-07, newsdev81; "who voted for
 * the bill" ends in a noun phrase the relative's own reading takes).
 */
const VOTE_ASIDE = /^who\s+(?:voted|vote)\s+(?:no|yes)$/iu;

/** How far back from a cue the "who" of an aside without commas may stand. */
const MAX_BARE_ASIDE = 20;

/**
 * "A pilot who asked not to be named because he feared dismissal said …": an anonymity aside with no
 * commas (or a vote's: "Two House Republicans who voted no said …"), from "who" to right before the cue at `cue`. Returns the index of that "who" (the subject ends
 * right before it), or -1. A cue inside the aside ("feared" above, with "said" still to come) gets -2.
 */
export function bareAnonymityAside(
  doc: AnalyzedText,
  sentenceFirst: number,
  cue: number,
  sentenceLast: number,
): number {
  const { tokens } = doc;
  let who = cue - 1;
  while (who > sentenceFirst && cue - who <= MAX_BARE_ASIDE) {
    const t = tokens[who] as Token;
    if (t.text === "," || t.kind === "quote") return -1;
    if (t.lower === "who") break;
    who--;
  }
  if (tokens[who]?.lower !== "who" || who <= sentenceFirst) return -1;
  const aside = doc.text.slice((tokens[who] as Token).start, (tokens[cue - 1] as Token).end);
  if (!ANONYMITY_ASIDE.test(aside) && !VOTE_ASIDE.test(aside)) return -1;
  for (let k = cue + 1; k < sentenceLast; k++) {
    const t = tokens[k] as Token;
    // (", who spoke on condition of anonymity because she feared for her job, said …": the comma that closes the
    // aside before the source's own verb, newsdev57)
    if (t.text === "," && /^(?:said|says|told|tells)$/.test(tokens[k + 1]?.lower ?? "")) return -2;
    if (t.text === "," || t.kind === "quote") break;
    if (/^(?:said|says|told|tells)$/.test(t.lower)) return -2;
  }
  return who;
}
