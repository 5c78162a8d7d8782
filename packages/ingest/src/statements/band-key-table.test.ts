import { describe, expect, it } from "vitest";
import { BandKeyTable } from "./band-key-table.js";

type Step = ["add" | "remove", number, number];

const BIG = 2 ** 52 + 12345; // above 2^32: both halves of a key matter

describe("BandKeyTable", () => {
  const cases: { name: string; steps: Step[]; expected: Record<number, number[]> }[] = [
    { name: "a value under a key", steps: [["add", 7, 1]], expected: { 7: [1], 8: [] } },
    {
      name: "values come back in the order filed, once each",
      steps: [
        ["add", BIG, 3],
        ["add", BIG, 1],
        ["add", BIG, 3],
        ["add", BIG, 2],
      ],
      expected: { [BIG]: [3, 1, 2] },
    },
    {
      name: "a removed value leaves the others in order; filed again it comes last",
      steps: [
        ["add", 5, 1],
        ["add", 5, 2],
        ["add", 5, 3],
        ["remove", 5, 2],
        ["remove", 5, 9],
        ["add", 5, 2],
      ],
      expected: { 5: [1, 3, 2] },
    },
    {
      name: "a key left without values is gone; its neighbours stay findable",
      steps: [
        ["add", 1, 1],
        ["add", 2, 2],
        ["add", 3, 3],
        ["remove", 2, 2],
        ["remove", 1, 1],
      ],
      expected: { 1: [], 2: [], 3: [3] },
    },
    {
      name: "keys that differ only above 32 bits are different keys",
      steps: [
        ["add", 2 ** 40 + 9, 1],
        ["add", 2 ** 41 + 9, 2],
        ["add", 9, 3],
      ],
      expected: { [2 ** 40 + 9]: [1], [2 ** 41 + 9]: [2], 9: [3] },
    },
  ];

  it.each(cases)("$name", ({ steps, expected }) => {
    const table = new BandKeyTable();
    for (const [op, key, value] of steps) table[op](key, value);
    for (const [key, values] of Object.entries(expected)) expect(table.get(Number(key))).toEqual(values);
  });

  it("agrees with a Map of arrays through growth and many removals (crowded probes, backward shifts)", () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const table = new BandKeyTable(4);
    const reference = new Map<number, number[]>();
    const keyOf = (i: number) => i * 2 ** 33 + (i % 7); // low halves collide in groups of 7
    for (let step = 0; step < 20_000; step++) {
      const key = keyOf(random(500));
      const value = random(6);
      const held = reference.get(key) ?? [];
      if (random(3) === 0) {
        table.remove(key, value);
        const left = held.filter((v) => v !== value);
        if (left.length === 0) reference.delete(key);
        else reference.set(key, left);
      } else {
        table.add(key, value);
        if (!held.includes(value)) reference.set(key, [...held, value]);
      }
    }
    for (let i = 0; i < 500; i++) expect(table.get(keyOf(i))).toEqual(reference.get(keyOf(i)) ?? []);
    expect(table.size).toBe(reference.size);
    expect(table.entries).toBe([...reference.values()].reduce((n, values) => n + values.length, 0));
  });

  it("sized for its keys up front, it does not grow; past them it does", () => {
    const table = new BandKeyTable(1000);
    const before = table.allocatedBytes;
    for (let key = 0; key < 1000; key++) table.add(key * 2 ** 32 + key, key);
    expect(table.allocatedBytes).toBe(before);
    for (let key = 1000; key < 3000; key++) table.add(key * 2 ** 32 + key, key);
    expect(table.allocatedBytes).toBeGreaterThan(before);
    expect(table.get(2999 * 2 ** 32 + 2999)).toEqual([2999]);
    expect(table.size).toBe(3000);
  });

  it("entries freed by removals are used again before the entry columns grow", () => {
    const table = new BandKeyTable(64);
    for (let key = 0; key < 64; key++) table.add(key, 1);
    const full = table.allocatedBytes;
    for (let round = 0; round < 10; round++) {
      for (let key = 0; key < 64; key++) table.remove(key + 1000 * round, 1);
      expect(table.size).toBe(0);
      for (let key = 0; key < 64; key++) table.add(key + 1000 * (round + 1), 1);
    }
    expect(table.allocatedBytes).toBe(full);
    expect(table.size).toBe(64);
  });
});
