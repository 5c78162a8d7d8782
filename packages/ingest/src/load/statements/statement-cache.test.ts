import { describe, expect, it } from "vitest";
import { fingerprint } from "../../statements/fingerprint.js";
import { StatementCache } from "./statement-cache.js";
import { EMPTY_STATS } from "./tally.js";

const QUOTE = "What Trump has done has probably put MI6 and other intelligence services in the West on hold";
const WORDS = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa".split(
  " ",
);
/** A wording of its own for each statement id (no two share a band key). */
const wording = (id: string) =>
  `${[...id].map((c) => WORDS[c.charCodeAt(0) % WORDS.length]).join(" ")} ${id} ${id.length}`;

/** One committed batch in which `speaker` (lock `version` after the batch's step) founds statement `id`. */
function write(cache: StatementCache, speaker: string, version: number, created: boolean, id: string): boolean {
  if (!cache.begin()) return false;
  const complete = cache.claim(speaker, version, created);
  if (complete) {
    cache.index.add(fingerprint(wording(id), speaker), id);
    cache.record(id, speaker, { ...EMPTY_STATS, reports: 1 });
  }
  cache.settle();
  return complete;
}

describe("StatementCache", () => {
  it.each([
    { what: "a lock this batch created: nothing was stored before", version: 1, created: true, complete: true },
    {
      what: "a lock an earlier run created: its statements are in the graph only",
      version: 5,
      created: false,
      complete: false,
    },
  ])("$what", ({ version, created, complete }) => {
    const cache = new StatementCache();
    expect(cache.begin()).toBe(true);
    expect(cache.claim("person:a", version, created)).toBe(complete);
  });

  it("trusts a speaker while each batch finds its lock one step further, and gives it up when someone else moved it", () => {
    const cache = new StatementCache();
    expect(write(cache, "person:a", 1, true, "st:1")).toBe(true);
    expect(write(cache, "person:a", 2, false, "st:2")).toBe(true);
    expect(cache.size).toBe(2);
    // Version 4, not 3: another writer changed person:a's statements in between.
    expect(write(cache, "person:a", 4, false, "st:3")).toBe(false);
    expect(cache.size).toBe(0);
    expect(cache.statsOf("st:1")).toBeUndefined();
    // Given up for good: even the next step is not trusted (the cache no longer holds what the graph has).
    expect(write(cache, "person:a", 5, false, "st:4")).toBe(false);
  });

  it("turns itself off when a batch begins before the previous one settled (a failed or retried transaction)", () => {
    const cache = new StatementCache();
    expect(write(cache, "person:a", 1, true, "st:1")).toBe(true);
    expect(cache.begin()).toBe(true);
    cache.claim("person:a", 2, false);
    cache.index.add(fingerprint(QUOTE, "person:a"), "st:never-committed");
    // No settle: the transaction failed. The retry begins again.
    expect(cache.begin()).toBe(false);
    expect(cache.active).toBe(false);
    expect(cache.size).toBe(0);
    expect(cache.claim("person:b", 1, true)).toBe(false);
  });

  it("forgets a speaker whose statements were recomputed in the graph", () => {
    const cache = new StatementCache();
    write(cache, "person:a", 1, true, "st:1");
    cache.begin();
    expect(cache.claim("person:a", 2, false)).toBe(true);
    cache.forget("person:a");
    cache.settle();
    expect(cache.size).toBe(0);
    expect(write(cache, "person:a", 3, false, "st:2")).toBe(false);
  });

  it("keeps its bound by forgetting the least recently used speakers", () => {
    const cache = new StatementCache(10);
    for (let k = 0; k < 12; k++) write(cache, `person:${k}`, 1, true, `st:${k}`);
    expect(cache.size).toBeLessThanOrEqual(10);
    // The oldest speakers went (their next batch looks them up in the graph); the newest stayed.
    expect(cache.statsOf("st:0")).toBeUndefined();
    expect(cache.statsOf("st:11")).toEqual({ ...EMPTY_STATS, reports: 1 });
    expect(write(cache, "person:0", 2, false, "st:12")).toBe(false);
    expect(write(cache, "person:11", 2, false, "st:13")).toBe(true);
  });
});
