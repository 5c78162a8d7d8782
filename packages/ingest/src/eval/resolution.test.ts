import { describe, expect, it } from "vitest";
import { type IdentityItem, itemKey, scoreClusters } from "./resolution.js";

const item = (article: string, name: string, identity: string): IdentityItem => ({
  article,
  type: "Person",
  name,
  identity,
});

describe("scoreClusters", () => {
  const gold = [
    item("a", "Barack Obama", "Barack_Obama"),
    item("b", "Obama", "Barack_Obama"),
    item("c", "Michelle Obama", "Michelle_Obama"),
  ];

  it("is perfect when the clusters are the identities", () => {
    const predicted = new Map(gold.map((g) => [itemKey(g), g.identity]));
    const s = scoreClusters(gold, predicted);
    expect([s.bcubed.f1, s.pairwise.f1]).toEqual([1, 1]);
  });

  it("a split costs recall, a wrong merge costs precision", () => {
    const split = scoreClusters(gold, new Map(gold.map((g, i) => [itemKey(g), `n${i}`])));
    expect(split.bcubed.precision).toBe(1);
    expect(split.bcubed.recall).toBeCloseTo((0.5 + 0.5 + 1) / 3);
    expect(split.pairwise.recall).toBe(0);
    const merged = scoreClusters(gold, new Map(gold.map((g) => [itemKey(g), "one"])));
    expect(merged.bcubed.recall).toBe(1);
    expect(merged.bcubed.precision).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3);
    expect(merged.pairwise.precision).toBeCloseTo(1 / 3);
  });

  it("an item no longer extracted stands where its article's item of the same identity is; else alone", () => {
    const items = [
      item("a", "United States House of Representatives", "House"),
      item("a", "House", "House"),
      item("b", "House", "House"),
      item("c", "Larry", "unknown"),
    ];
    // "House" in a is now part of the article's full name; "House" in b and Larry in c are not extracted
    const predicted = new Map([[itemKey(items[0] as IdentityItem), "org:house of representatives"]]);
    const s = scoreClusters(items, predicted);
    expect(s.pairwise.recall).toBeCloseTo(1 / 3);
    expect(s.pairwise.precision).toBe(1);
    expect(s.bcubed.recall).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4);
    expect(s.notExtracted).toEqual({ items: 3, inArticle: 1 });
  });

  it("an unknown identity is a cluster of its own", () => {
    const unknowns = [item("a", "Larry", "unknown"), item("b", "Larry", "unknown")];
    const s = scoreClusters(unknowns, new Map(unknowns.map((g) => [itemKey(g), "person:larry"])));
    expect(s.bcubed.precision).toBe(0.5);
  });
});
