import { describe, expect, it } from "vitest";
import { inChunks, mapOrdered } from "./ordered.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function all<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of source) out.push(x);
  return out;
}

describe("mapOrdered", () => {
  it("yields in source order although later items finish first", async () => {
    const delays = [30, 1, 20, 5, 0, 12];
    const out = await all(
      mapOrdered(
        delays,
        async (ms) => {
          await sleep(ms);
          return ms;
        },
        3,
      ),
    );
    expect(out).toEqual(delays);
  });

  it.each([1, 2, 5])(
    "keeps at most %i calls in flight and reads the source only as results are taken",
    async (limit) => {
      let inFlight = 0;
      let most = 0;
      let read = 0;
      async function* source() {
        for (let i = 0; i < 20; i++) {
          read++;
          yield i;
        }
      }
      const taken: number[] = [];
      for await (const x of mapOrdered(
        source(),
        async (i) => {
          inFlight++;
          most = Math.max(most, inFlight);
          await sleep(1);
          inFlight--;
          return i;
        },
        limit,
      )) {
        taken.push(x);
        // a slow consumer: the source is never more than `limit` items ahead of what was taken
        expect(read - taken.length).toBeLessThanOrEqual(limit);
        await sleep(2);
      }
      expect(taken).toEqual([...Array(20).keys()]);
      expect(most).toBe(limit);
    },
  );

  it("stops reading the source when the consumer stops", async () => {
    let read = 0;
    let closed = false;
    async function* source() {
      try {
        for (let i = 0; ; i++) {
          read++;
          yield i;
        }
      } finally {
        closed = true;
      }
    }
    for await (const x of mapOrdered(source(), (i) => i, 4)) if (x === 2) break;
    expect(closed).toBe(true);
    expect(read).toBeLessThanOrEqual(7);
  });

  it("passes on an error in its turn", async () => {
    const run = all(mapOrdered([1, 2, 3], async (i) => (i === 2 ? Promise.reject(new Error("two")) : i), 3));
    await expect(run).rejects.toThrow("two");
  });

  it("rejects a limit below 1", async () => {
    await expect(all(mapOrdered([1], (i) => i, 0))).rejects.toThrow(/limit must be 1 or more, not 0/);
  });
});

describe("inChunks", () => {
  it.each([
    [[], 3, []],
    [[1, 2, 3], 3, [[1, 2, 3]]],
    [[1, 2, 3, 4], 3, [[1, 2, 3], [4]]],
    [[1, 2], 1, [[1], [2]]],
  ])("%j in chunks of %i", async (items, size, expected) => {
    expect(await all(inChunks(items, size))).toEqual(expected);
  });
});
