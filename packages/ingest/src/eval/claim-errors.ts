import type { Claim, DocumentGraph } from "@claimgraph/schema";
import { scoreEntities } from "./entities.js";
import { annotatesEntities, countedClaims, matchClaims, speakerIsRight } from "./score-document.js";

/**
 * One claim the claim and claim+speaker rows count as wrong: a gold claim no prediction matches
 * (missed), a prediction that matches none (false), or a matched pair whose speaker is wrong.
 */
export type ClaimError =
  | { error: "missed"; gold: Claim }
  | { error: "false"; predicted: Claim }
  | { error: "speaker"; predicted: Claim; gold: Claim };

/**
 * The claim errors of one document, as `scoreDocument` counts them (the same one-to-one matching and
 * speaker test, ignored spans left out): what `pnpm eval --claim-errors` lists for error analysis.
 * Sorted by position in the text.
 */
export function claimErrors(predicted: DocumentGraph, gold: DocumentGraph): ClaimError[] {
  const entities = scoreEntities(predicted.entities, gold.entities);
  const claims = countedClaims(predicted, gold);
  const pairs = matchClaims(claims, gold.claims);
  const matchedGold = new Set(pairs.values());
  const out: { at: number; error: ClaimError }[] = [];
  claims.forEach((p, index) => {
    const gi = pairs.get(index);
    const g = gi === undefined ? undefined : gold.claims[gi];
    if (!g) out.push({ at: p.start, error: { error: "false", predicted: p } });
    else if (!speakerIsRight(p, g, !annotatesEntities(gold), entities))
      out.push({ at: g.start, error: { error: "speaker", predicted: p, gold: g } });
  });
  gold.claims.forEach((g, index) => {
    if (!matchedGold.has(index)) out.push({ at: g.start, error: { error: "missed", gold: g } });
  });
  return out.sort((a, b) => a.at - b.at).map((e) => e.error);
}

/** The first words of a claim's text, on one line. */
function excerpt(claim: Claim, length = 70): string {
  const text = claim.text.replace(/\s+/g, " ").trim();
  return JSON.stringify(text.length > length ? `${text.slice(0, length).trimEnd()}…` : text);
}

/** A claim's speaker as the gold README writes it ("(none)" for a claim without a source). */
function speakerOf(claim: Claim): string {
  return claim.speaker === null ? "(none)" : JSON.stringify(claim.speaker);
}

/**
 * One line per error: `missed 1204 "…" by "Dunn"`, `false 88 "…" by "Trump"`,
 * `speaker 512 "…" by "Kartikasari", gold "Ramon dela Cruz Jr."` (the number: the claim's offset).
 */
export function formatClaimError(e: ClaimError): string {
  if (e.error === "missed") return `missed ${e.gold.start} ${excerpt(e.gold)} by ${speakerOf(e.gold)}`;
  if (e.error === "false") return `false ${e.predicted.start} ${excerpt(e.predicted)} by ${speakerOf(e.predicted)}`;
  return `speaker ${e.gold.start} ${excerpt(e.gold)} by ${speakerOf(e.predicted)}, gold ${speakerOf(e.gold)}`;
}
