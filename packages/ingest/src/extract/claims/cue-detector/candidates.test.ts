import { describe, expect, it } from "vitest";
import { analyzeText } from "../../extract-document.js";
import type { DraftClaim } from "../types.js";
import { candidateSpeaker, cueCandidates, halfOverlap } from "./candidates.js";

/** The candidate at a cue word: [direction, content, speaker]. */
function candidateAt(text: string, cue: string, claims: DraftClaim[] = []) {
  const doc = analyzeText(text, null);
  const c = cueCandidates(doc, claims).find((x) => doc.tokens[x.cue]?.text === cue);
  if (!c) return undefined;
  const content = text.slice(doc.tokens[c.first]?.start, doc.tokens[c.end - 1]?.end);
  const speaker = candidateSpeaker(doc, c, new Map());
  return [c.direction, content, speaker ? text.slice(speaker.start, speaker.end) : null];
}

describe("candidate cues", () => {
  it.each([
    [
      "content after the word, the subject before it as the speaker",
      "The committee opposes the new tax plan.",
      "opposes",
      ["after", "the new tax plan", "The committee"],
    ],
    [
      "a 'that' after the word is not content",
      "Most economists doubt that the plan will work.",
      "doubt",
      ["after", "the plan will work", "Most economists"],
    ],
    [
      "nothing after the word: the sentence before its last comma, the speaker after the word",
      "The economy is growing fast, found the report.",
      "found",
      ["after", "the report", "The economy"],
    ],
    [
      "nothing after the word: content before",
      "The economy is growing fast, the report found.",
      "found",
      ["before", "The economy is growing fast", "the report"],
    ],
    [
      "a passive without an agent has no speaker",
      "The senator is widely seen as the favorite of the party.",
      "seen",
      ["after", "as the favorite of the party", null],
    ],
    [
      "a naming participle has no speaker",
      "The contests known as Super Tuesday decide the race.",
      "known",
      ["after", "as Super Tuesday decide the race", null],
    ],
    [
      "a hearsay adverb has no speaker",
      "The mayor is reportedly considering a run for governor.",
      "reportedly",
      ["after", "considering a run for governor", null],
    ],
    [
      "no subject the clause's opening gives: the relative pronoun before the verb (PolNeAR marks it)",
      "Here is the view of those of us who have backed the senator from the start.",
      "backed",
      ["after", "the senator from the start", "who"],
    ],
  ])("%s", (_name, text, cue, expected) => {
    expect(candidateAt(text, cue)).toEqual(expected);
  });

  it("skips function words, words inside quotations, and words inside the rules' claims", () => {
    const text = "Voters fear “the plan fails badly” and worse. The committee opposes the new tax plan.";
    const doc = analyzeText(text, null);
    const start = text.indexOf("The committee");
    const claim: DraftClaim = { start, end: text.length - 1, kind: "indirect", speaker: null, rule: "test" };
    const words = cueCandidates(doc, [claim]).map((c) => doc.tokens[c.cue]?.text);
    expect(words).toContain("fear");
    expect(words).not.toContain("and");
    expect(words).not.toContain("fails");
    expect(words).not.toContain("opposes");
  });

  it.each([
    [{ start: 0, end: 10 }, { start: 5, end: 40 }, true],
    [{ start: 0, end: 10 }, { start: 6, end: 40 }, false],
    [{ start: 0, end: 10 }, { start: 10, end: 20 }, false],
  ])("half overlap of %o and %o is %s (the scorer's claim match)", (a, b, expected) => {
    expect(halfOverlap(a, b)).toBe(expected);
  });
});

describe("discourse markers", () => {
  it.each([
    "That said, a loss to Mr. Sanders in this state would hurt her badly.",
    "Having said that, the plan may still pass.",
    "That being said, the vote is close.",
  ])("are no candidate cues: %s", (text) => {
    expect(candidateAt(text, "said")).toBeUndefined();
  });

  it("leaves a speech verb that reports", () => {
    expect(candidateAt("The mayor said on Monday the plan may still pass.", "said")).toBeDefined();
  });
});
