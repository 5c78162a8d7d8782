/** The overview's cache against the test Neo4j: fresh for 30 s, then stale while it revalidates. */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadFixtureGraph, testConnection } from "../../test/fixture-graph.js";
import { createReader, type Reader } from "../neo4j/reader.js";
import { overview } from "./overview.js";

let real: Reader;
let reads = 0;
/** The real reader, counting the queries the overview sends. */
let counting: Reader;

beforeAll(async () => {
  await loadFixtureGraph();
  real = createReader(testConnection());
  counting = {
    ...real,
    read: (...args) => {
      reads++;
      return real.read(...args);
    },
  };
}, 120_000);

afterAll(async () => {
  await real?.close();
});

describe("overview cache", () => {
  it("answers from the cache while fresh, then at once with the kept answer while a fresh one is computed", async () => {
    const t0 = Date.now();
    const first = overview(counting, 5, t0);
    const answer = await first;
    expect(answer.topSpeakers.map((s) => s.id)).toContain("person:matthew dunn");
    const computed = reads;
    expect(computed).toBeGreaterThan(0);

    // Fresh: the same answer, no query.
    expect(overview(counting, 5, t0 + 29_000)).toBe(first);
    expect(reads).toBe(computed);

    // Stale: still the same answer at once, and one refresh starts behind it (not one per call).
    expect(overview(counting, 5, t0 + 31_000)).toBe(first);
    expect(overview(counting, 5, t0 + 32_000)).toBe(first);
    expect(reads).toBeGreaterThan(computed);
    expect(reads).toBeLessThanOrEqual(2 * computed);

    // Once the refresh is in, calls get the new answer, with the same content.
    await vi.waitFor(() => expect(overview(counting, 5)).not.toBe(first), { timeout: 30_000, interval: 50 });
    expect(await overview(counting, 5)).toEqual(answer);
  });
});
