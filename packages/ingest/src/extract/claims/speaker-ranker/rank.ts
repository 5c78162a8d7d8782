import { type AnalyzedText, tokenAtOrAfter } from "../../document.js";
import { datelineDash } from "../../text/dateline.js";
import type { DraftClaim, SpeakerRef } from "../types.js";
import { type SpeakerCandidate, speakerCandidates } from "./candidates.js";
import { candidateFeatures } from "./features.js";
import type { RankerModel } from "./model.js";

/** Score of each candidate: the sum of its features' weights. */
export function scoreCandidates(model: RankerModel, features: readonly (readonly number[])[]): number[] {
  const mask = (1 << model.bits) - 1;
  return features.map((f) => {
    let s = 0;
    for (const x of f) s += model.weights[x & mask] as number;
    return s;
  });
}

/**
 * Index of the best-scoring candidate; ties go to the earlier one. Candidate 0 is the rules' own
 * choice (their speaker, or "no source" when they found none): another candidate replaces it only
 * when it scores more than `margin` above it.
 */
export function bestCandidate(scores: readonly number[], margin = 0): number {
  let best = 0;
  for (let i = 1; i < scores.length; i++) if ((scores[i] as number) > (scores[best] as number)) best = i;
  return best !== 0 && (scores[best] as number) - (scores[0] as number) <= margin ? 0 : best;
}

/**
 * Each claim's speaker re-decided by the learned ranker over the candidates (`candidates.ts`): the
 * rules' choice, mentions and pronouns around the cue, or no source. Claims are otherwise unchanged;
 * a speaker the form itself gives (`fixedSpeaker`: a transcript label, a credit line) stays, and the outlet
 * that carries a claim (`via`) never becomes its speaker.
 */
export function rerankSpeakers(doc: AnalyzedText, claims: readonly DraftClaim[], model: RankerModel): DraftClaim[] {
  // the speaker the claim before had from the rules, and the one the ranker gave it instead
  let changed: { from: SpeakerRef; to: SpeakerRef | null } | undefined;
  return claims.map((claim) => {
    const was = changed;
    changed = undefined;
    if (claim.fixedSpeaker) return claim;
    const candidates = speakerCandidates(doc, claim);
    const scores = scoreCandidates(model, candidateFeatures(doc, claim, candidates, model.families));
    const best = candidates[bestCandidate(scores, model.margin)] as SpeakerCandidate;
    if (best.source === "rule" || (best.ref === null && claim.speaker === null)) {
      // ("“…,” Dr. Renata Ballard, the assistant inspector general who led the review, told NPR. “…”": a quote that
      // inherited the claim before's speaker follows the ranker's choice for that claim)
      if (was && INHERITING.test(claim.rule ?? "") && claim.speaker && sameRef(claim.speaker, was.from)) {
        changed = was;
        return { ...claim, speaker: was.to, rule: `${claim.rule}+followed` };
      }
      return claim;
    }
    // (the outlet that carries the claim is not its speaker: "X said …, Interfax-Ukraine reported")
    if (claim.via !== undefined && best.ref?.cluster === claim.via) return claim;
    // (nor is a wire dateline's place: "NAIROBI, Kenya — Kenya’s High Court on Monday struck down …, ruling that …")
    if (best.ref && inDateline(doc, best.ref)) return claim;
    // ("“…,” said Wayne Tillery. ¶ “Every school bus in this county crosses that bridge …”": a quote that takes the
    // speaker of the quote before it has one)
    if (best.ref === null && claim.speaker && INHERITING.test(claim.rule ?? "")) return claim;
    if (claim.speaker) changed = { from: claim.speaker, to: best.ref };
    return { ...claim, speaker: best.ref, rule: `${claim.rule}+ranked` };
  });
}

/** Whether the mention `ref` stands in the dateline that opens its sentence ("NAIROBI, Kenya —"). */
function inDateline(doc: AnalyzedText, ref: SpeakerRef): boolean {
  const at = tokenAtOrAfter(doc.tokens, ref.start);
  const sentence = doc.sentences[doc.tokens[at]?.sentence ?? -1];
  if (!sentence) return false;
  const dash = datelineDash(doc.tokens, sentence.first, sentence.last);
  return dash >= 0 && ref.end <= (doc.tokens[dash] as { start: number }).start;
}

/** Rules of quotes that take the speaker of the claim or cue before them. */
const INHERITING = /^quote-(?:same-paragraph|continued|orphan)$/;

function sameRef(a: SpeakerRef, b: SpeakerRef): boolean {
  return a.start === b.start && a.end === b.end && a.cluster === b.cluster;
}
