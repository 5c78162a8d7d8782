import { describe, expect, it } from "vitest";
import { LABEL_COUNT } from "./labels.js";
import { decodeModel, encodeModel, type TaggerModel } from "./model.js";

function model(extra: Partial<TaggerModel> = {}): TaggerModel {
  const weights = new Float32Array(4 * LABEL_COUNT).map((_, i) => (i % 5) - 2);
  return {
    bits: 2,
    families: ["word"],
    weights,
    transitions: new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT).fill(0.5),
    meta: { note: "x" },
    ...extra,
  };
}

describe("the tagger's file format", () => {
  it.each([
    ["no margins", {}],
    ["an organization margin", { orgMinMargin: 20 }],
    ["both margins", { orgMinMargin: 25, personMinMargin: 20 }],
  ])("keeps the weights and %s", (_name, extra) => {
    const back = decodeModel(encodeModel(model(extra)));
    // int16 weights: each within one step of the scale (max |w| / 32767)
    const original = model().weights;
    expect(back.weights.every((w, i) => Math.abs(w - (original[i] as number)) <= 2 / 32767)).toBe(true);
    expect(back.orgMinMargin).toBe((extra as Partial<TaggerModel>).orgMinMargin);
    expect(back.personMinMargin).toBe((extra as Partial<TaggerModel>).personMinMargin);
    expect(back.meta).toEqual({ note: "x" });
  });

  it("refuses a file that is no tagger model", async () => {
    const { gzipSync } = await import("node:zlib");
    expect(() => decodeModel(gzipSync(Buffer.from("not a model")))).toThrow(/not a tagger model/);
  });
});
