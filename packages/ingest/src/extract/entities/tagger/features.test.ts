import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../../text/paragraphs.js";
import { splitSentences } from "../../text/sentences.js";
import { tokenize } from "../../text/tokens.js";
import { documentContext } from "./document-context.js";
import { FEATURE_FAMILIES, featureCount, sentenceFeatures } from "./features.js";
import { GAZETTEER_BITS, gazetteerBits } from "./gazetteer.js";
import { candidateSegments } from "./segments.js";

function analyzed(text: string) {
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens, splitParagraphs(text));
  return { tokens, sentences, context: documentContext(tokens) };
}

describe("tagger features", () => {
  it("gives every token the same number of hashed features, per family switched on", () => {
    const { tokens, sentences, context } = analyzed("Frederick Fung of ADPL said so.");
    const s = sentences[0];
    if (!s) throw new Error("no sentence");
    const all = sentenceFeatures(tokens, s.first, s.last, context, FEATURE_FAMILIES);
    expect(all.length).toBe((s.last - s.first) * featureCount(FEATURE_FAMILIES));
    const some = sentenceFeatures(tokens, s.first, s.last, context, ["word", "shape"]);
    expect(some.length).toBe((s.last - s.first) * featureCount(["word", "shape"]));
  });

  it("is deterministic and depends on context: the same word after different words differs", () => {
    const a = analyzed("Smith said. Smith said.");
    const b = analyzed("Mr. Smith said.");
    const [a1, a2] = a.sentences;
    const [b1] = b.sentences;
    if (!a1 || !a2 || !b1) throw new Error("no sentence");
    const fa1 = sentenceFeatures(a.tokens, a1.first, a1.last, a.context, FEATURE_FAMILIES);
    const fa2 = sentenceFeatures(a.tokens, a2.first, a2.last, a.context, FEATURE_FAMILIES);
    expect([...fa1]).toEqual([...fa2]);
    const k = featureCount(FEATURE_FAMILIES);
    const smithInB = sentenceFeatures(b.tokens, b1.first, b1.last, b.context, FEATURE_FAMILIES).slice(k, 2 * k);
    expect([...smithInB]).not.toEqual([...fa1.slice(0, k)]);
  });

  it("the document feature sees a sentence-initial word used in lower case elsewhere", () => {
    const seen = analyzed("Estimates vary. The estimates vary.");
    const unseen = analyzed("Estimates vary. The numbers vary.");
    const first = (d: ReturnType<typeof analyzed>) => {
      const s = d.sentences[0];
      if (!s) throw new Error("no sentence");
      return [...sentenceFeatures(d.tokens, s.first, s.last, d.context, ["document"]).slice(0, 2)];
    };
    expect(first(seen)).not.toEqual(first(unseen));
  });

  it("the run features give every word of a run its last word: 'Spoken Motion' differs from 'Spoken Times'", () => {
    const runFeatures = (text: string) => {
      const d = analyzed(text);
      const s = d.sentences[0];
      if (!s) throw new Error("no sentence");
      const [from, to] = candidateSegments(d.tokens, s.first, s.last).at(-1) ?? [0, 0];
      const k = featureCount(["run"]);
      // the first word of the run ("Spoken"), whose own neighbours are the same in both texts
      return [...sentenceFeatures(d.tokens, s.first, s.last, d.context, ["run"], from, to).slice(0, k)];
    };
    expect(runFeatures("He read Spoken Motion.")).not.toEqual(runFeatures("He read Spoken Times."));
    expect(runFeatures("He read Spoken Motion.")).toEqual(runFeatures("She read Spoken Motion."));
  });

  it.each([
    ["Donald", GAZETTEER_BITS.firstName],
    ["Institute", GAZETTEER_BITS.orgHead],
    ["Russia", GAZETTEER_BITS.countryName],
    ["Russian", GAZETTEER_BITS.nationality],
    ["Sunday", GAZETTEER_BITS.calendar],
    ["Google", GAZETTEER_BITS.companyWord],
    ["said", GAZETTEER_BITS.cue],
    ["Mendoza", GAZETTEER_BITS.city],
  ])("gazetteer bits of %s include %i", (word, bit) => {
    expect(gazetteerBits(word) & bit).toBe(bit);
  });

  it.each([
    [
      "capitalized words and the connectors between them",
      "He met Council on American-Islamic Relations staff.",
      [["He"], ["Council", "Relations"]],
    ],
    ["a connector at the end is left out", "He met Smith of the party.", [["He"], ["Smith"]]],
    ["lower-case text has none", "he left early.", []],
    ["inner capitals count", "He founded wikiHow in 2005.", [["He"], ["wikiHow"]]],
  ])("candidate runs: %s", (_name, text, runs) => {
    const { tokens, sentences } = analyzed(text);
    const s = sentences[0];
    if (!s) throw new Error("no sentence");
    const got = candidateSegments(tokens, s.first, s.last).map(([a, b]) => [tokens[a]?.text, tokens[b - 1]?.text]);
    expect(got).toEqual(runs.map((r) => [r[0], r.at(-1)]));
  });
});
