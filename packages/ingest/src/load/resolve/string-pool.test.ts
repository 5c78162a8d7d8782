import { describe, expect, it } from "vitest";
import { hashOf, StringPool } from "./string-pool.js";

describe("StringPool", () => {
  it.each([
    { name: "ASCII", text: "person:donald trump" },
    { name: "the empty string", text: "" },
    { name: "accents (two-byte UTF-8)", text: "org:société générale" },
    { name: "CJK (three bytes)", text: "person:習近平" },
    { name: "an astral character (a surrogate pair)", text: "org:𝔸cme" },
    { name: "longer than the ASCII fast path", text: `org:${"x".repeat(200)}` },
  ])("gives back $name as interned", ({ text }) => {
    const pool = new StringPool();
    pool.intern("something else");
    const handle = pool.intern(text);
    expect(pool.text(handle)).toBe(text);
    expect(pool.find(text)).toBe(handle);
    expect(pool.intern(text)).toBe(handle);
    expect(pool.size).toBe(2);
  });

  it.each([
    { name: "a prefix", held: "person:ann", asked: "person:an" },
    { name: "a longer string", held: "person:an", asked: "person:ann" },
    { name: "same ASCII head, different accent", held: "org:café", asked: "org:cafè" },
    { name: "accent against ASCII of the same length in bytes", held: "org:é", asked: "org:ab" },
  ])("does not find $name", ({ held, asked }) => {
    const pool = new StringPool();
    pool.intern(held);
    expect(pool.find(asked)).toBe(-1);
  });

  it("keeps handles in the order first interned and finds every string after many growths", () => {
    const pool = new StringPool();
    const texts = Array.from({ length: 50_000 }, (_, i) => `key ${(i * 7919) % 50_000} ${i % 3 === 0 ? "é" : ""}`);
    const handles = texts.map((t) => pool.intern(t));
    expect(handles).toEqual(texts.map((_, i) => i));
    expect(pool.size).toBe(texts.length);
    for (const i of [0, 1, 4_095, 4_096, 25_000, 49_999]) {
      expect(pool.find(texts[i] as string)).toBe(i);
      expect(pool.text(i)).toBe(texts[i]);
    }
    expect(pool.find("key 50000 ")).toBe(-1);
  });

  it("tells apart strings whose hashes collide", () => {
    // 32-bit hashes of ~200,000 strings collide somewhere (the birthday bound): find such a pair.
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair && i < 1_000_000; i++) {
      const text = `person:name ${i}`;
      const other = seen.get(hashOf(text));
      if (other !== undefined) pair = [other, text];
      else seen.set(hashOf(text), text);
    }
    if (!pair) throw new Error("no colliding pair found");
    const [a, b] = pair;
    expect(hashOf(a)).toBe(hashOf(b));
    const pool = new StringPool();
    expect(pool.intern(a)).toBe(0);
    expect(pool.find(b)).toBe(-1);
    expect(pool.intern(b)).toBe(1);
    expect([pool.find(a), pool.find(b), pool.text(0), pool.text(1)]).toEqual([0, 1, a, b]);
  });

  it("refuses a handle it never gave", () => {
    const pool = new StringPool();
    pool.intern("a");
    expect(() => pool.text(1)).toThrow(/no string 1/);
    expect(() => pool.text(-1)).toThrow(/no string -1/);
  });

  it("keeps a string longer than a page whole, and the strings after it", () => {
    const pool = new StringPool();
    const long = `org:${"é".repeat(400_000)}`; // 800,004 bytes; 3 bytes a char reserved: past 1 MiB
    const texts = ["person:a", long, "person:b", "", "person:c"];
    const handles = texts.map((t) => pool.intern(t));
    texts.forEach((t, i) => {
      expect(pool.text(handles[i] as number)).toBe(t);
      expect(pool.find(t)).toBe(handles[i]);
    });
  });

  it("allocates about what it holds: at most one page past the bytes used", () => {
    const pool = new StringPool();
    const n = 200_000;
    let used = 0;
    for (let i = 0; i < n; i++) {
      const text = `person:somebody number ${i}`;
      used += text.length;
      pool.intern(text);
    }
    // bytes + 8 bytes of columns per string + the hash table (a power of two, at most half full)
    const table = 4 * 2 ** Math.ceil(Math.log2(2 * n));
    expect(pool.allocatedBytes).toBeLessThanOrEqual(used + 2 ** 20 + 8 * n + 2 * 4 * 2 ** 14 + table);
    expect(pool.allocatedBytes).toBeGreaterThanOrEqual(used + table);
  });
});
