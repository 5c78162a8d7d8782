import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { RANKER_FAMILIES } from "./features.js";
import { decodeRanker, encodeRanker, type RankerModel } from "./model.js";

const model: RankerModel = {
  bits: 4,
  families: [...RANKER_FAMILIES],
  weights: Float32Array.from({ length: 16 }, (_, i) => (i - 8) / 4),
  margin: 1.5,
  meta: { seed: 1 },
};

describe("the speaker-ranker file", () => {
  it("keeps the weights (to int16 precision), margin, families and meta", () => {
    const back = decodeRanker(encodeRanker(model));
    expect(back.bits).toBe(4);
    expect(back.families).toEqual(model.families);
    expect(back.margin).toBe(1.5);
    expect(back.meta).toEqual({ seed: 1 });
    for (let i = 0; i < 16; i++) expect(back.weights[i]).toBeCloseTo(model.weights[i] as number, 3);
  });

  it("is the same bytes for the same model", () => {
    expect(Buffer.from(encodeRanker(model)).equals(Buffer.from(encodeRanker(model)))).toBe(true);
  });

  it.each([
    [
      "another file",
      gzipSync(Buffer.from("CGTAG1 not a ranker")),
      /not a speaker-ranker model file.*train:attribution/,
    ],
    [
      "an unknown feature family",
      encodeRanker({ ...model, families: ["rule", "syntax" as never] }),
      /unknown feature family: syntax/,
    ],
  ])("names what is wrong with %s", (_name, bytes, message) => {
    expect(() => decodeRanker(bytes)).toThrow(message);
  });
});
