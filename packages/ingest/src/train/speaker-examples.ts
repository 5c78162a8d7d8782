import type { DocumentGraph } from "@claimgraph/schema";
import { matchClaims } from "../eval/score-document.js";
import { isInside, overlap } from "../eval/spans.js";
import { attributeClaims } from "../extract/claims/attribute.js";
import type { CueModel } from "../extract/claims/cue-detector/model.js";
import { withProposals } from "../extract/claims/cue-detector/propose.js";
import { type SpeakerCandidate, speakerCandidates } from "../extract/claims/speaker-ranker/candidates.js";
import { candidateFeatures, type RankerFamily } from "../extract/claims/speaker-ranker/features.js";
import type { DraftClaim } from "../extract/claims/types.js";
import type { AnalyzedText } from "../extract/document.js";
import type { RankingExample } from "./ranker-perceptron.js";

/** Whether a candidate is the gold claim's source: its span overlaps the gold source span, or both are none. */
export function isGoldSpeaker(candidate: SpeakerCandidate, gold: DocumentGraph["claims"][number]): boolean {
  if (gold.speaker === null) return candidate.ref === null;
  if (!candidate.ref || gold.speaker_start == null || gold.speaker_end == null) return false;
  return overlap(candidate.ref, { start: gold.speaker_start, end: gold.speaker_end }) > 0;
}

/**
 * A document's claims as the rules find them (attribution unit) — with the cue detector's added when
 * one is given, as extraction adds them before the ranker — with the gold claim each one matches;
 * those whose speaker the form fixes are left out (the ranker never decides them, so they neither
 * teach it nor count in its margin or its accuracy).
 */
export function matchedDrafts(
  doc: AnalyzedText,
  gold: DocumentGraph,
  cues: CueModel | null = null,
): { draft: DraftClaim; gold: DocumentGraph["claims"][number] }[] {
  const rules = attributeClaims(doc, { claimUnit: "attribution" });
  const drafts = (cues ? withProposals(doc, rules, cues) : rules).filter((c) => !isInside(c, gold.ignored_spans ?? []));
  const pairs = matchClaims(drafts, gold.claims);
  return [...pairs]
    .map(([p, g]) => ({
      draft: drafts[p] as DraftClaim,
      gold: gold.claims[g] as DocumentGraph["claims"][number],
    }))
    .filter(({ draft }) => !draft.fixedSpeaker);
}

/**
 * Which candidates to teach as right: a gold source span often covers several candidates
 * ("Stephanie Carvin, a former analyst for the Canadian government"), and any of them scores, but
 * only one is the speaker. The rules' choice when it is right, else the first right candidate in
 * the text (the head of the phrase).
 */
export function preferredRight(candidates: readonly SpeakerCandidate[], right: readonly boolean[]): boolean[] {
  const rule = candidates.findIndex((c, i) => right[i] && c.source === "rule");
  let pick = rule;
  if (pick < 0)
    right.forEach((r, i) => {
      if (r && (pick < 0 || (candidates[i] as SpeakerCandidate).first < (candidates[pick] as SpeakerCandidate).first))
        pick = i;
    });
  return right.map((_, i) => i === pick);
}

/**
 * The ranking examples of one document: every rule claim that matches a gold claim, its speaker
 * candidates' features and which candidate to teach as the speaker (`preferredRight`). Claims
 * whose gold source is among no candidate teach nothing and are left out.
 */
export function speakerExamples(
  doc: AnalyzedText,
  gold: DocumentGraph,
  families: readonly RankerFamily[],
  cues: CueModel | null = null,
): RankingExample[] {
  const out: RankingExample[] = [];
  for (const { draft, gold: g } of matchedDrafts(doc, gold, cues)) {
    const candidates = speakerCandidates(doc, draft);
    const right = candidates.map((c) => isGoldSpeaker(c, g));
    if (!right.includes(true)) continue;
    const correct = preferredRight(candidates, right);
    out.push({ features: candidateFeatures(doc, draft, candidates, families), correct });
  }
  return out;
}
