import { describe, expect, it } from "vitest";
import { analyzeText } from "../../extract-document.js";
import { attributeClaims } from "../attribute.js";
import { speakerCandidates } from "./candidates.js";
import { candidateFeatures, RANKER_FAMILIES } from "./features.js";
import type { RankerModel } from "./model.js";
import { bestCandidate, rerankSpeakers } from "./rank.js";

describe("the best candidate", () => {
  it.each([
    ["the rules' choice on a tie", [1, 1, 0], 0, 0],
    ["a better candidate", [1, 3, 2], 0, 1],
    ["a better candidate within the margin keeps the rules' choice", [1, 2.5, 2], 2, 0],
    ["beyond the margin it wins", [1, 3.5, 2], 2, 1],
    ["the rules' choice when it scores best", [4, 3, 2], 0, 0],
  ])("%s", (_name, scores, margin, expected) => {
    expect(bestCandidate(scores, margin)).toBe(expected);
  });
});

describe("re-ranking speakers", () => {
  const text = "Senator John Smith met Mary Jones in Ohio. He said that the plan would fail.";
  const doc = analyzeText(text);
  const claims = attributeClaims(doc, { claimUnit: "attribution" });
  const zero: RankerModel = {
    bits: 12,
    families: [...RANKER_FAMILIES],
    weights: new Float32Array(1 << 12),
    margin: 0,
    meta: {},
  };

  it("changes nothing when no candidate scores above the rules' choice", () => {
    expect(rerankSpeakers(doc, claims, zero)).toEqual(claims);
  });

  it("takes the candidate the weights prefer, and says so in the rule", () => {
    // weights that favour exactly the features of the "Mary Jones" candidate
    const claim = claims[0];
    if (!claim) throw new Error("no claim");
    const candidates = speakerCandidates(doc, claim);
    const target = candidates.findIndex((c) => c.ref && text.slice(c.ref.start, c.ref.end) === "Mary Jones");
    const features = candidateFeatures(doc, claim, candidates, RANKER_FAMILIES);
    const weights = new Float32Array(1 << 12);
    for (const f of features[target] ?? []) weights[f & 0xfff] = (weights[f & 0xfff] as number) + 1;
    for (const [i, fs] of features.entries())
      if (i !== target) for (const f of fs) weights[f & 0xfff] = (weights[f & 0xfff] as number) - 1;
    const [ranked] = rerankSpeakers(doc, claims, { ...zero, weights });
    expect(ranked && text.slice(ranked.speaker?.start ?? 0, ranked.speaker?.end ?? 0)).toBe("Mary Jones");
    expect(ranked?.rule).toBe(`${claim.rule}+ranked`);
  });

  it("leaves a speaker the form fixes (a transcript label, a credit line) alone, whatever the weights", () => {
    const claim = claims[0];
    if (!claim) throw new Error("no claim");
    const fixed = { ...claim, fixedSpeaker: true };
    const candidates = speakerCandidates(doc, fixed);
    const features = candidateFeatures(doc, fixed, candidates, RANKER_FAMILIES);
    // weights against the rules' choice and for every other candidate
    const weights = new Float32Array(1 << 12);
    for (const [i, fs] of features.entries())
      for (const f of fs) weights[f & 0xfff] = (weights[f & 0xfff] as number) + (i === 0 ? -5 : 1);
    expect(rerankSpeakers(doc, [claim], { ...zero, weights })[0]?.speaker).not.toEqual(claim.speaker);
    expect(rerankSpeakers(doc, [fixed], { ...zero, weights })).toEqual([fixed]);
  });
});
