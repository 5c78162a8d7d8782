import type { DocumentGraph } from "@claimgraph/schema";
import { matchClaims } from "../eval/score-document.js";
import { isInside, overlap, spansMatch } from "../eval/spans.js";
import { attributeClaims } from "../extract/claims/attribute.js";
import { type CueCandidate, cueCandidates } from "../extract/claims/cue-detector/candidates.js";
import { type CueFamily, cueFeatures } from "../extract/claims/cue-detector/features.js";
import { cueContext } from "../extract/claims/cue-detector/propose.js";
import type { DraftClaim } from "../extract/claims/types.js";
import type { AnalyzedText } from "../extract/document.js";
import type { Token } from "../extract/text/tokens.js";
import type { BinaryExample } from "./binary-perceptron.js";

export type GoldClaim = DocumentGraph["claims"][number];

/** One document's candidates with their features, and what the rules already found there. */
export interface CueDocument {
  doc: AnalyzedText;
  gold: DocumentGraph;
  /** The rules' claims (attribution unit) that count: not inside the gold's ignored spans. */
  drafts: DraftClaim[];
  /** How many of them match a gold claim, and how many of those have the gold's source. */
  matched: number;
  matchedSpeakers: number;
  /** Gold claims no rule claim matches: what the detector is there to find. */
  missed: GoldClaim[];
  candidates: CueCandidate[];
  features: number[][];
  /** Whether each candidate's cue word is the cue of a missed gold claim whose content its claim matches. */
  positive: boolean[];
}

function cueSpan(tokens: Token[], c: CueCandidate) {
  const t = tokens[c.cue] as Token;
  return { start: t.start, end: t.end };
}

export function contentSpan(tokens: Token[], c: CueCandidate) {
  return { start: (tokens[c.first] as Token).start, end: (tokens[c.end - 1] as Token).end };
}

/** Whether a candidate's speaker is the gold claim's source (span overlap, or both none), as `pnpm eval` scores it. */
export function speakerRight(speaker: DraftClaim["speaker"], gold: GoldClaim): boolean {
  if (gold.speaker === null) return speaker === null;
  if (!speaker || gold.speaker_start == null || gold.speaker_end == null) return false;
  return overlap(speaker, { start: gold.speaker_start, end: gold.speaker_end }) > 0;
}

/**
 * The rules' claims on a PolNeAR article matched to its gold as `pnpm eval` matches them; every
 * candidate cue outside them, labelled positive when its word lies in the cue of a gold claim the
 * rules missed and the content it makes matches that claim.
 */
export function cueDocument(doc: AnalyzedText, gold: DocumentGraph, families: readonly CueFamily[]): CueDocument {
  const all = attributeClaims(doc, { claimUnit: "attribution" });
  const ignored = gold.ignored_spans ?? [];
  const drafts = all.filter((c) => !isInside(c, ignored));
  const pairs = matchClaims(drafts, gold.claims);
  const hit = new Set(pairs.values());
  let matchedSpeakers = 0;
  for (const [p, g] of pairs)
    if (speakerRight((drafts[p] as DraftClaim).speaker, gold.claims[g] as GoldClaim)) matchedSpeakers++;
  const missed = gold.claims.filter((_, i) => !hit.has(i));
  const candidates = cueCandidates(doc, all).filter((c) => !isInside(contentSpan(doc.tokens, c), ignored));
  const ctx = cueContext(doc, all);
  const features = candidates.map((c) => cueFeatures(doc, c, ctx, families));
  const positive = candidates.map((c) => {
    const cue = cueSpan(doc.tokens, c);
    const content = contentSpan(doc.tokens, c);
    return missed.some(
      (g) =>
        g.cue_start != null &&
        g.cue_end != null &&
        overlap(cue, { start: g.cue_start, end: g.cue_end }) > 0 &&
        spansMatch(content, g),
    );
  });
  return {
    doc,
    gold,
    drafts,
    matched: pairs.size,
    matchedSpeakers,
    missed,
    candidates,
    features,
    positive,
  };
}

export function binaryExamples(docs: readonly CueDocument[]): BinaryExample[] {
  return docs.flatMap((d) => d.features.map((features, i) => ({ features, positive: d.positive[i] === true })));
}
