import { describe, expect, it } from "vitest";
import { fingerprint } from "../../statements/fingerprint.js";
import { BANDS } from "../../statements/minhash.js";
import { BAND_PROPERTIES, bandValue, bandValues } from "./wording.js";

describe("stored band values", () => {
  const a = fingerprint("We will build a great wall on the southern border", "person:donald trump");

  it("are one 64-bit integer per band, the same for the same key in every call", () => {
    const values = bandValues(a.keys);
    expect(values).toHaveLength(BANDS);
    expect(BAND_PROPERTIES).toHaveLength(BANDS);
    expect(values.map(String)).toEqual(bandValues(a.keys).map(String));
  });

  it("differ between speakers with the same wording and between bands", () => {
    const b = fingerprint("We will build a great wall on the southern border", "person:mike pence");
    const mine = bandValues(a.keys).map(String);
    const theirs = new Set(bandValues(b.keys).map(String));
    expect(mine.filter((v) => theirs.has(v))).toEqual([]);
    expect(new Set(mine).size).toBe(BANDS);
  });

  it("use all 64 bits (high and low words both vary)", () => {
    const values = ["x|0:1", "x|0:2", "y|0:1"].map(bandValue);
    expect(new Set(values.map((v) => v.high)).size).toBe(3);
    expect(new Set(values.map((v) => v.low)).size).toBe(3);
  });

  it("refuse a key list that is not one per band", () => {
    expect(() => bandValues(a.keys.slice(1))).toThrow(/16 band keys/);
  });
});
