import { describe, expect, it } from "vitest";
import { BANDS, bandKeys, HASHES, minhash } from "./minhash.js";
import { jaccard, shingles } from "./shingles.js";

const words = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe("minhash", () => {
  it("is deterministic and the same for the same shingles in any order", () => {
    const a = minhash(["a b", "b c", "c d"]);
    expect(a).toHaveLength(HASHES);
    expect(minhash(["c d", "a b", "b c"])).toEqual(a);
  });

  it("computes hash i the same whatever the number of hashes asked for", () => {
    const long = minhash(["a b", "b c", "c d"], 2 * HASHES);
    expect(long).toHaveLength(2 * HASHES);
    expect([...long.subarray(0, HASHES)]).toEqual([...minhash(["a b", "b c", "c d"])]);
  });

  it("estimates Jaccard similarity (within 0.2 over 32 hashes: about two standard errors at J = 0.5)", () => {
    for (const shared of [0, 10, 20, 30, 40]) {
      const a = shingles([...words(shared, "s"), ...words(40 - shared, "a")], 1);
      const b = shingles([...words(shared, "s"), ...words(40 - shared, "b")], 1);
      const sa = minhash(a);
      const sb = minhash(b);
      const agree = sa.filter((v, i) => v === sb[i]).length / HASHES;
      expect(Math.abs(agree - jaccard(a, b))).toBeLessThan(0.2);
    }
  });
});

describe("bandKeys", () => {
  it("gives one key per band, prefixed with the speaker", () => {
    const keys = bandKeys(minhash(["x y"]), "person:dina powell");
    expect(keys).toHaveLength(BANDS);
    expect(keys.every((k) => k.startsWith("person:dina powell|"))).toBe(true);
    expect(new Set(keys).size).toBe(BANDS);
  });

  it("gives band i the key it had when 32 bands were stored, so older graphs keep matching", () => {
    // Keys computed by the 32-band version (commit 01fa7ae) for the same text and speaker.
    const keys = bandKeys(
      minhash(shingles("this story is false and the reporters know it".split(" "))),
      "person:dina powell",
    );
    expect([keys[0], keys[7], keys[15]]).toEqual([
      "person:dina powell|0:629b91bc2fe87031",
      "person:dina powell|7:080a83352117f8d4",
      "person:dina powell|15:458641511e6cc2fc",
    ]);
  });

  it("gives no key to empty text", () => {
    expect(bandKeys(minhash([]), "none")).toEqual([]);
  });

  it.each([
    {
      what: "identical texts share every key",
      a: "this story is false",
      b: "this story is false",
      min: BANDS,
      max: BANDS,
    },
    {
      what: "unrelated texts share none",
      a: "the relationship between services is fraught",
      b: "allies will be hugely nervous on a political level",
      min: 0,
      max: 0,
    },
  ])("$what", ({ a, b, min, max }) => {
    const ka = new Set(bandKeys(minhash(shingles(a.split(" "))), "s"));
    const kb = bandKeys(minhash(shingles(b.split(" "))), "s");
    const shared = kb.filter((k) => ka.has(k)).length;
    expect(shared).toBeGreaterThanOrEqual(min);
    expect(shared).toBeLessThanOrEqual(max);
  });
});
