import { describe, expect, it } from "vitest";
import { hashString } from "../extract/text/hash.js";
import { containment, jaccard, shingleHashes, shingles, sortedContainment, sortedJaccard } from "./shingles.js";

describe("shingles", () => {
  it.each([
    { words: [], size: 2, expected: [] },
    { words: ["false"], size: 2, expected: ["false"] },
    { words: ["this", "story", "is", "false"], size: 2, expected: ["this story", "story is", "is false"] },
    { words: ["a", "b", "a", "b"], size: 2, expected: ["a b", "b a"] },
    { words: ["a", "b", "c"], size: 3, expected: ["a b c"] },
  ])("$words in $size-word shingles", ({ words, size, expected }) => {
    expect([...shingles(words, size)]).toEqual(expected);
  });

  it("refuses a size below 1", () => {
    expect(() => shingles(["a"], 0)).toThrow(/at least 1/);
  });
});

describe("similarity", () => {
  const set = (...xs: string[]) => new Set(xs);
  it.each([
    { a: set(), b: set(), jac: 0, con: 0 },
    { a: set("x"), b: set("x"), jac: 1, con: 1 },
    { a: set("x", "y"), b: set("y", "z"), jac: 1 / 3, con: 0.5 },
    { a: set("x", "y", "z", "w"), b: set("x", "y"), jac: 0.5, con: 1 },
  ])("jaccard $jac, containment $con", ({ a, b, jac, con }) => {
    expect(jaccard(a, b)).toBeCloseTo(jac);
    expect(containment(a, b)).toBeCloseTo(con);
    // the same over sorted hash arrays, as fingerprints keep shingles
    const sorted = (xs: Set<string>) => Uint32Array.from([...xs].map((x) => hashString(x))).sort();
    expect(sortedJaccard(sorted(a), sorted(b))).toBeCloseTo(jac);
    expect(sortedContainment(sorted(a), sorted(b))).toBeCloseTo(con);
  });
});

describe("shingleHashes", () => {
  it.each([[[]], [["false"]], [["this", "story", "is", "false"]], [["a", "b", "a", "b"]]])(
    "has one hash per shingle of %j",
    (words) => {
      expect(shingleHashes(words).length).toBe(shingles(words).size);
    },
  );

  it("is sorted, without repeats", () => {
    const hashes = [...shingleHashes("a b a b c a b".split(" "))];
    expect(hashes).toEqual([...new Set(hashes)].sort((x, y) => x - y));
    expect(hashes).toHaveLength(4); // "a b", "b a", "b c", "c a"
  });

  it("tells shingles apart by their words and order", () => {
    expect(shingleHashes(["a", "b"])).not.toEqual(shingleHashes(["b", "a"]));
    expect(shingleHashes(["ab", "c"])).not.toEqual(shingleHashes(["a", "bc"]));
  });
});
