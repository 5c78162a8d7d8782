import { describe, expect, it } from "vitest";
import { analyzeText } from "../../extract-document.js";
import { hashString, mix1 } from "../../text/hash.js";
import { cueCandidates } from "./candidates.js";
import { CUE_FAMILIES } from "./features.js";
import type { CueModel } from "./model.js";
import { decodeCues, proposeClaims, type ScoredCue } from "./propose.js";

const BITS = 12;

/** A model that scores a word (its "word" feature, template 1) and nothing else. */
function modelFor(words: Record<string, number>, threshold: number): CueModel {
  const weights = new Float32Array(1 << BITS);
  for (const [w, score] of Object.entries(words)) weights[mix1(1, hashString(w)) & ((1 << BITS) - 1)] = score;
  return { bits: BITS, families: [...CUE_FAMILIES], weights, threshold, meta: {} };
}

describe("proposing claims", () => {
  const text = "The committee opposes the new tax plan. Critics doubt that voters back it.";

  it("makes a claim of each candidate above the threshold, with its content, cue and speaker", () => {
    const doc = analyzeText(text, null);
    const claims = proposeClaims(doc, [], modelFor({ opposes: 5, doubt: 1 }, 2));
    expect(
      claims.map((c) => [text.slice(c.start, c.end), c.rule, c.speaker && text.slice(c.speaker.start, c.speaker.end)]),
    ).toEqual([["the new tax plan", "learned-cue", "The committee"]]);
    expect(text.slice(claims[0]?.cue?.start, claims[0]?.cue?.end)).toBe("opposes");
  });

  it("keeps the better of two candidates for the same content, and no cue inside a kept content", () => {
    const doc = analyzeText(text, null);
    const scored: ScoredCue[] = cueCandidates(doc, []).map((candidate) => {
      const w = doc.tokens[candidate.cue]?.text;
      return { candidate, score: w === "doubt" ? 3 : w === "back" ? 2 : w === "voters" ? 4 : 0 };
    });
    const kept = decodeCues(scored, 1, doc).map((c) => doc.tokens[c.cue]?.text);
    // "voters" (content "back it") wins; "back" (content "it") is inside it; "doubt" holds "voters" in its content
    expect(kept).toEqual(["voters"]);
  });

  it("proposes nothing when nothing is above the threshold", () => {
    const doc = analyzeText(text, null);
    expect(proposeClaims(doc, [], modelFor({ opposes: 5 }, 10))).toEqual([]);
  });
});
