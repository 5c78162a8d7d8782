import type { AnalyzedText } from "../../document.js";
import { quoteMask } from "../content.js";
import type { AnonymousMemory } from "../speaker.js";
import type { DraftClaim } from "../types.js";
import { type CueCandidate, candidateClaim, cueCandidates, halfOverlap } from "./candidates.js";
import { type CueContext, cueFeatures } from "./features.js";
import type { CueModel } from "./model.js";

/** What the features need besides the candidate: quote marks and the sentences that have a rule claim. */
export function cueContext(doc: AnalyzedText, claims: readonly DraftClaim[]): CueContext {
  const claimSentences = new Set<number>();
  const { tokens } = doc;
  let t = 0;
  const starts = claims.flatMap((c) => [c.start, c.cue?.start ?? c.start]).sort((a, b) => a - b);
  for (const start of starts) {
    while (t < tokens.length - 1 && (tokens[t + 1]?.start ?? 0) <= start) t++;
    const sentence = tokens[t]?.sentence;
    if (sentence !== undefined) claimSentences.add(sentence);
  }
  return { mask: quoteMask(doc), claimSentences, wordHashes: new Uint32Array(doc.tokens.length) };
}

/** A candidate's score: the sum of its features' weights. */
export function scoreCue(model: CueModel, features: readonly number[]): number {
  const mask = (1 << model.bits) - 1;
  let s = 0;
  for (const x of features) s += model.weights[x & mask] as number;
  return s;
}

/** A candidate with its score. */
export interface ScoredCue {
  candidate: CueCandidate;
  score: number;
}

/** Every candidate cue of a document, scored. */
export function scoreCandidates(doc: AnalyzedText, claims: readonly DraftClaim[], model: CueModel): ScoredCue[] {
  const ctx = cueContext(doc, claims);
  return cueCandidates(doc, claims).map((candidate) => ({
    candidate,
    score: scoreCue(model, cueFeatures(doc, candidate, ctx, model.families)),
  }));
}

/**
 * Decoding: candidates above the threshold, best first; one is kept unless its content is half
 * covered by a kept one's (the same attribution found twice) or its cue lies inside a kept one's
 * content. Returns the kept candidates in text order.
 */
export function decodeCues(scored: readonly ScoredCue[], threshold: number, doc: AnalyzedText): CueCandidate[] {
  const { tokens } = doc;
  const above = scored
    .filter((c) => c.score > threshold)
    .sort((a, b) => b.score - a.score || a.candidate.cue - b.candidate.cue);
  const kept: CueCandidate[] = [];
  const spanOf = (c: CueCandidate) => ({
    start: tokens[c.first]?.start ?? 0,
    end: tokens[c.end - 1]?.end ?? 0,
  });
  for (const { candidate } of above) {
    const span = spanOf(candidate);
    const clash = kept.some(
      (k) =>
        halfOverlap(spanOf(k), span) ||
        (candidate.cue >= k.first && candidate.cue < k.end) ||
        (k.cue >= candidate.first && k.cue < candidate.end),
    );
    if (!clash) kept.push(candidate);
  }
  return kept.sort((a, b) => a.cue - b.cue);
}

/**
 * Claims the rules missed, proposed by the learned cue detector (attribution unit): every word the
 * rules did not use is scored as a cue; those above the model's threshold make a claim with the
 * content and speaker the candidate carries (`candidates.ts`), `rule: "learned-cue"`.
 */
export function proposeClaims(doc: AnalyzedText, claims: readonly DraftClaim[], model: CueModel): DraftClaim[] {
  const kept = decodeCues(scoreCandidates(doc, claims, model), model.threshold, doc);
  if (kept.length === 0) return [];
  const mask = quoteMask(doc);
  const anon: AnonymousMemory = new Map();
  return kept.map((c) => candidateClaim(doc, c, mask, anon));
}

/** The rules' claims with the detector's added, in text order (the same array when it adds none). */
export function withProposals(doc: AnalyzedText, claims: DraftClaim[], model: CueModel): DraftClaim[] {
  const added = proposeClaims(doc, claims, model);
  return added.length === 0 ? claims : [...claims, ...added].sort((a, b) => a.start - b.start);
}
