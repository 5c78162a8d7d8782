import { describe, expect, it } from "vitest";
import { DEFAULT_INDEX_OPTIONS } from "../statements/statement-index.js";
import { type Coref, groupingScore, type SpeakerLookup, speakerKeyOf, speakerNameKey } from "./statement-gold.js";

// "Mr. Trump spoke. He said it." — one entity mention (Trump, 4–9) and a CoreNLP chain for "He" (17–19).
const article = { id: "a1", text: "Mr. Trump spoke. He said it." };
const coref: Coref = new Map([
  [
    "a1",
    [
      [
        [0, 9],
        [17, 19],
      ],
    ],
  ],
]);
const lookup: SpeakerLookup = {
  claim: () => undefined,
  mention: (id, start, end) => (id === "a1" && start < 9 && 4 < end ? "person:donald trump" : undefined),
};
const quote = (speaker: string, start: number, end: number) => ({
  id: "E1",
  speaker,
  speaker_start: start,
  speaker_end: end,
});

describe("speakerKeyOf: the gold speaker's key", () => {
  it.each([
    ["the node of the entity mentioned at the speaker span", quote("Mr. Trump", 0, 9), lookup, "person:donald trump"],
    ["a pronoun: the node of an entity its CoreNLP chain mentions", quote("He", 17, 19), lookup, "person:donald trump"],
    ["without the resolution: the name's last word", quote("Mr. Trump", 0, 9), undefined, "trump"],
    ["a pronoun without the resolution: the chain's name", quote("He", 17, 19), undefined, "trump"],
    ["a pronoun in no chain: unresolved, unique to the attribution", quote("it", 25, 27), lookup, "unresolved:a1#E1"],
  ])("%s", (_name, q, speakers, expected) => {
    expect(speakerKeyOf(article, q, coref, speakers)).toBe(expected);
  });
});

describe("speakerNameKey", () => {
  it.each([
    ["Senate Majority Leader Mitch McConnell, R-Ky.", "mcconnell"],
    ["Mr. McConnell", "mcconnell"],
    ["he", null],
    [null, "none"],
  ])("%s → %s", (speaker, expected) => {
    expect(speakerNameKey(speaker)).toBe(expected);
  });
});

describe("groupingScore: pairs found, and why the others were missed", () => {
  const q = (key: string, speaker: string, text: string) => ({
    key,
    article: key.split("#")[0] as string,
    text,
    speaker,
  });
  const quotes = [
    q("a1#E1", "person:x", "the plant will close next spring and three hundred jobs will go"),
    q("a2#E1", "person:x", "the plant will close next spring and three hundred jobs will go"),
    q("a3#E1", "anon:official", "the plant will close next spring and three hundred jobs will go"),
    q("a4#E1", "person:y", "we will never give up on the workers of this town"),
    q("a5#E1", "person:y", "nobody here is going to abandon the people who built this place"),
  ];
  const gold = [
    { a: "a1#E1", b: "a2#E1", label: "same" as const },
    { a: "a1#E1", b: "a3#E1", label: "same" as const },
    { a: "a4#E1", b: "a5#E1", label: "same" as const },
  ];

  it("counts the pair grouped, and each miss by its cause", () => {
    const s = groupingScore(10, DEFAULT_INDEX_OPTIONS, quotes, gold);
    expect([s.tp, s.fp, s.fn]).toEqual([1, 0, 3]);
    // a3 misses a1 and a2 (closure) by its speaker; a4 ~ a5 by their words
    expect(s.missedBy).toEqual({ speaker: 2, wording: 1, apart: 0 });
  });
});
