import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeModelFile, encodeModelFile, int16Scale, knownFamilies, type ModelFileKind } from "./codec.js";

const KIND: ModelFileKind = { magic: "CGTST1", name: "test", retrain: "pnpm train:test" };
const weights = Float32Array.from([0.5, -2, 0, 1.25, 3]);
const scale = int16Scale(weights);
const header = { bits: 2, families: ["word"], scale, meta: { seed: 7 } };

function file(): Uint8Array {
  return encodeModelFile(KIND, header, [
    { type: "float32", values: [1.5, -0.25] },
    { type: "int16", values: weights, scale },
    { type: "uint32", values: [7, 4294967295] },
    { type: "uint8", values: [3, 255] },
  ]);
}

/** The unzipped file, changed by `edit`, zipped again. */
function edited(edit: (raw: Uint8Array) => Uint8Array): Uint8Array {
  return gzipSync(edit(new Uint8Array(gunzipSync(file()))));
}

describe("the model file", () => {
  it("gives back the header and every section, in order (int16 to one step of the scale)", () => {
    const back = decodeModelFile(KIND, file());
    expect(back.header).toEqual(header);
    expect(back.number("bits")).toBe(2);
    expect([...back.body.float32(2)]).toEqual([1.5, -0.25]);
    const w = back.body.int16(weights.length, back.number("scale"));
    for (let i = 0; i < weights.length; i++)
      expect(Math.abs((w[i] as number) - (weights[i] as number))).toBeLessThan(scale);
    expect([...back.body.uint32(2)]).toEqual([7, 4294967295]);
    expect([...back.body.uint8(2)]).toEqual([3, 255]);
    expect(() => back.body.end()).not.toThrow();
  });

  it("is the same bytes for the same model and header", () => {
    expect(Buffer.from(file()).equals(Buffer.from(file()))).toBe(true);
  });

  it.each([
    ["all zero", [0, 0], 1],
    ["the largest magnitude negative", [1, -32767 * 2], 2],
    ["the largest magnitude positive", [0.5, 32767 / 4], 0.25],
  ])("scales int16 weights so the largest maps to 32767: %s", (_name, values, expected) => {
    expect(int16Scale(values)).toBe(expected);
  });

  it.each([
    [
      "a file that is not gzip",
      () => Buffer.from("CGTST1 plain"),
      /models\/x\.bin\.gz: not a test model file: it does not unzip/,
    ],
    ["a file cut short", () => file().subarray(0, 20), /models\/x\.bin\.gz: not a test model file: it does not unzip/],
    [
      "another model's file",
      () => edited((raw) => raw.fill(65, 0, 6)),
      /not a test model file \(it does not start with CGTST1\)/,
    ],
    ["an empty file", () => gzipSync(Buffer.alloc(0)), /not a test model file/],
    [
      "a header longer than the file",
      () =>
        edited((raw) => {
          new DataView(raw.buffer).setUint32(6, 1e6, true);
          return raw;
        }),
      /truncated in its header/,
    ],
    ["a header that is not JSON", () => edited((raw) => raw.fill(123, 10, 12)), /its header is not JSON/],
    ["a body cut short", () => edited((raw) => raw.subarray(0, raw.length - 1)), /truncated: 2 more bytes expected/],
    ["a body too long", () => edited((raw) => Uint8Array.from([...raw, 0, 0])), /2 bytes past the end of its body/],
  ])("refuses %s, naming the file and the command that writes it", (_name, bytes, message) => {
    const read = () => {
      const back = decodeModelFile(KIND, bytes(), "models/x.bin.gz");
      back.body.float32(2);
      back.body.int16(weights.length, back.number("scale"));
      back.body.uint32(2);
      back.body.uint8(2);
      back.body.end();
    };
    expect(read).toThrow(message);
    expect(read).toThrow(/^models\/x\.bin\.gz: .*\(retrain it with `pnpm train:test`\)$/);
  });

  it("names the model when no file is given, and a header number that is missing", () => {
    const back = decodeModelFile(KIND, file());
    expect(() => back.number("threshold")).toThrow(/^the test model: its header has no number "threshold"/);
    expect(back.number("threshold", true)).toBeUndefined();
  });

  it.each([
    ["known families", ["word", "shape"], null],
    ["an unknown family", ["word", "syntax"], /models\/x\.bin\.gz uses an unknown feature family: syntax/],
    ["no list", "word", /models\/x\.bin\.gz: its header lists no feature families/],
  ])("checks the feature families: %s", (_name, families, error) => {
    const check = () => knownFamilies(KIND, families, ["word", "shape"] as const, "models/x.bin.gz");
    if (error) expect(check).toThrow(error);
    else expect(check()).toEqual(families);
  });
});
