import { describe, expect, it } from "vitest";
import { decodeModel, encodeModel } from "../extract/entities/tagger/model.js";
import { hashString } from "../extract/text/hash.js";
import { wordClusters } from "./clusters.js";

// A corpus written here: days and fruits appear in their own frames.
const DAYS = ["monday", "tuesday", "friday", "sunday"];
const FRUITS = ["apples", "pears", "plums", "figs"];
const texts = Array.from({ length: 40 }, (_, i) => {
  const day = DAYS[i % 4] as string;
  const fruit = FRUITS[(i * 3) % 4] as string;
  return `On ${day} we met. We ate ${fruit} today. On ${day} it rained and the ${fruit} were sweet.`;
});
const options = { minCount: 3, contexts: 20, classes: 4, iterations: 8 };

describe("word classes from unlabelled text", () => {
  it("puts words used alike in one class, and others apart", () => {
    const classes = wordClusters(texts, options);
    const of = (w: string) => classes.get(hashString(w));
    expect(new Set(DAYS.map(of)).size).toBe(1);
    expect(new Set(FRUITS.map(of)).size).toBe(1);
    expect(of("monday")).not.toBe(of("apples"));
  });

  it("is deterministic, keeps no word (only hashes) and survives the model file", () => {
    const a = wordClusters(texts, options);
    expect([...a]).toEqual([...wordClusters(texts, options)]);
    expect([...a.keys()].every((k) => typeof k === "number")).toBe(true);
    const model = {
      bits: 4,
      families: [],
      weights: new Float32Array(16 * 7),
      transitions: new Float32Array(8 * 7),
      clusters: a,
      meta: {},
    };
    expect([...(decodeModel(encodeModel(model)).clusters ?? [])].sort()).toEqual([...a].sort());
  });
});
