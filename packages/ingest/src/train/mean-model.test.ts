import { describe, expect, it } from "vitest";
import { LABEL_COUNT } from "../extract/entities/tagger/labels.js";
import type { TaggerModel } from "../extract/entities/tagger/model.js";
import { meanModel } from "./mean-model.js";

function model(weight: number, transition: number, bits = 2): TaggerModel {
  return {
    bits,
    families: ["word"],
    weights: new Float32Array((1 << bits) * LABEL_COUNT).fill(weight),
    transitions: new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT).fill(transition),
    meta: {},
  };
}

describe("meanModel", () => {
  it("averages weights and transitions element by element", () => {
    const a = model(1, -2);
    const b = model(3, 4);
    a.weights[5] = 10;
    const mean = meanModel([a, b]);
    expect(mean.weights[0]).toBe(2);
    expect(mean.weights[5]).toBe(6.5);
    expect([...new Set(mean.transitions)]).toEqual([1]);
    expect(mean.bits).toBe(2);
  });

  it("returns a single model as it is", () => {
    const a = model(1, 1);
    expect(meanModel([a])).toBe(a);
  });

  it("refuses no model, and taggers trained differently", () => {
    expect(() => meanModel([])).toThrow(/no model/);
    expect(() => meanModel([model(1, 1), model(1, 1, 3)])).toThrow(/differ in hash bits/);
  });
});
