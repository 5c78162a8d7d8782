import { describe, expect, it } from "vitest";
import { FEATURE_FAMILIES } from "../extract/entities/tagger/features.js";
import { decodeModel, encodeModel } from "../extract/entities/tagger/model.js";
import { tagDocument } from "../extract/entities/tagger/tag.js";
import type { AnnotatedDocument } from "./examples.js";
import { tokenizeDocument, trainingSentences } from "./examples.js";
import { trainPerceptron } from "./perceptron.js";

// A tiny corpus written here: names in a few frames, typed by where they stand.
const PEOPLE = ["Alice Smith", "Bob Jones", "Carol White", "Dan Brown", "Erin Black"];
const ORGS = ["Acme Corp", "Globex Inc", "Initech Ltd", "Umbrella Group", "Hooli Corp"];
const PLACES = ["Paris", "Lagos", "Lima", "Oslo", "Quito"];

function document(i: number): AnnotatedDocument {
  const person = PEOPLE[i % 5] as string;
  const org = ORGS[(i * 2) % 5] as string;
  const place = PLACES[(i * 3) % 5] as string;
  const text = `Yesterday ${person} of ${org} said the plan works. They met in ${place} on Monday.`;
  const span = (name: string, type: "PER" | "ORG" | "LOC") => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, type };
  };
  return { id: `d${i}`, text, spans: [span(person, "PER"), span(org, "ORG"), span(place, "LOC")], partial: false };
}

const docs = Array.from({ length: 20 }, (_, i) => document(i));
const sentences = docs.flatMap((d) => trainingSentences(d, [...FEATURE_FAMILIES]));
const options = { bits: 12, families: [...FEATURE_FAMILIES], epochs: 4, seed: 7 };

describe("training the entity tagger", () => {
  it("is reproducible: the same data and options give the same weights file", () => {
    const a = encodeModel(trainPerceptron(sentences, options));
    const b = encodeModel(trainPerceptron(sentences, options));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = encodeModel(trainPerceptron(sentences, { ...options, seed: 8 }));
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });

  it("learns its corpus, and the weights survive the file format (int16 weights)", () => {
    const model = decodeModel(encodeModel(trainPerceptron(sentences, options)));
    const text = "Yesterday Carol White of Initech Ltd said the plan works. They met in Oslo on Monday.";
    const { tokens, sentences: ss, context } = tokenizeDocument(text);
    const spans = tagDocument(model, tokens, ss, context).map((s) => [
      text.slice(tokens[s.first]?.start, tokens[s.last - 1]?.end),
      s.type,
    ]);
    expect(spans).toEqual([
      ["Carol White", "PER"],
      ["Initech Ltd", "ORG"],
      ["Oslo", "LOC"],
    ]);
  });
});
