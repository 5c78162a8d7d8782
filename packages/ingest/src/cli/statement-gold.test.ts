import { describe, expect, it } from "vitest";
import { type Coref, type SpeakerLookup, speakerKeyOf, speakerNameKey } from "./statement-gold.js";

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
