import { describe, expect, it } from "vitest";
import { fingerprint } from "./fingerprint.js";
import { missCause, sameUtterance } from "./same-utterance.js";

describe("sameUtterance", () => {
  it.each([
    { why: "the same words", a: "This story is false.", b: "this story is false", same: true },
    {
      why: "other quotation marks and case",
      a: "“I did not email any classified material,” she said",
      b: "''I did not email any classified material,'' she said",
      same: true,
    },
    {
      why: "a word changed in a long quote",
      a: "I can't imagine them thinking it is safe to share any intelligence right now with a president who is loose-lipped",
      b: "I cannot imagine them thinking it is safe to share any intelligence right now with a president who is loose-lipped",
      same: true,
    },
    {
      why: "a fragment of five words or more",
      a: "his D-minus rating from the National Rifle Association",
      b: "his D-minus rating from the National Rifle Association as evidence that he is a staunch supporter of gun-control laws",
      same: true,
    },
    {
      why: "a short fragment is not enough",
      a: "the ruling",
      b: "the ruling was a disgrace to the court",
      same: false,
    },
    { why: "another speaker", a: "This story is false.", b: "This story is false.", same: false, otherSpeaker: true },
    {
      why: "the same topic in other words",
      a: "temporarily banning Muslims from entering the United States",
      b: "that you don't think Islam hates America, or that all Muslims should be banned from entering the United States",
      same: false,
    },
    { why: "empty text", a: "", b: "", same: false },
  ])("$why → $same", ({ a, b, same, otherSpeaker }) => {
    const fa = fingerprint(a, "person:x");
    const fb = fingerprint(b, otherSpeaker ? "person:y" : "person:x");
    expect(sameUtterance(fa, fb)).toBe(same);
    expect(sameUtterance(fb, fa)).toBe(same);
  });
});

describe("missCause", () => {
  const quote = "I meant he's the founder of ISIS";
  it.each([
    {
      why: "other speakers, the same words",
      a: quote,
      b: quote,
      speakers: ["person:x", "anon:a senior official"],
      cause: "speaker",
    },
    {
      why: "one speaker, other words",
      a: quote,
      b: "there should be a temporary ban on Muslims",
      speakers: ["person:x", "person:x"],
      cause: "wording",
    },
    {
      why: "one speaker, words the rule accepts",
      a: quote,
      b: `No, ${quote}. I do.`,
      speakers: ["person:x", "person:x"],
      cause: "apart",
    },
  ] as const)("$why → $cause", ({ a, b, speakers, cause }) => {
    expect(missCause(fingerprint(a, speakers[0]), fingerprint(b, speakers[1]))).toBe(cause);
    expect(missCause(fingerprint(b, speakers[1]), fingerprint(a, speakers[0]))).toBe(cause);
  });
});
