import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { CUE_FAMILIES } from "./features.js";
import { type CueModel, decodeCueModel, encodeCueModel } from "./model.js";

const model: CueModel = {
  bits: 4,
  families: [...CUE_FAMILIES],
  weights: Float32Array.from({ length: 16 }, (_, i) => (i - 8) / 4),
  threshold: 2.5,
  meta: { seed: 1 },
};

describe("the cue-detector file", () => {
  it("keeps the weights (to int16 precision), threshold, families and meta", () => {
    const back = decodeCueModel(encodeCueModel(model));
    expect(back.bits).toBe(4);
    expect(back.families).toEqual(model.families);
    expect(back.threshold).toBe(2.5);
    expect(back.meta).toEqual({ seed: 1 });
    for (let i = 0; i < 16; i++) expect(back.weights[i]).toBeCloseTo(model.weights[i] as number, 3);
  });

  it("is the same bytes for the same model", () => {
    expect(Buffer.from(encodeCueModel(model)).equals(Buffer.from(encodeCueModel(model)))).toBe(true);
  });

  it.each([
    [
      "another file",
      gzipSync(Buffer.from("CGRNK1 not a cue model")),
      /not a cue-detector model file.*train:attribution/,
    ],
    [
      "an unknown feature family",
      encodeCueModel({ ...model, families: ["word", "syntax" as never] }),
      /unknown feature family: syntax/,
    ],
  ])("names what is wrong with %s", (_name, bytes, message) => {
    expect(() => decodeCueModel(bytes)).toThrow(message);
  });
});
