import type { AnalyzedText } from "../document.js";
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
