import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "./ingest.js";
import { inventedItems } from "./invented-articles.js";
import { resetClaimGraph } from "./reset.js";
import { dumpGraph, testDriver, withoutLoadTimes, withStatementsByReports } from "./test-database.js";

/** Articles whose people recur across them, so that concurrent runs race to create the same entities. */
const DEV = inventedItems(84);

/** Two ingest runs at once (each with concurrent batches) end with what one run makes: no duplicates. */
describe("parallel ingest runs", () => {
  let driver: Driver;

  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await resetClaimGraph(driver);
    await driver.close();
  });

  it("never create duplicates", async () => {
    await resetClaimGraph(driver);
    const single = await ingest({ inputs: DEV, driver, batchSize: 10 });
    expect(single.articles.failed).toBe(0);
    const alone = withStatementsByReports(withoutLoadTimes(await dumpGraph(driver)));

    await resetClaimGraph(driver);
    const [a, b] = await Promise.all([
      ingest({ inputs: DEV, driver, batchSize: 10, concurrency: 2 }),
      ingest({ inputs: DEV, driver, batchSize: 7, concurrency: 2 }),
    ]);
    expect(a.articles.new + b.articles.new).toBe(single.articles.new);
    expect(a.articles.failed + b.articles.failed).toBe(0);
    const together = withStatementsByReports(withoutLoadTimes(await dumpGraph(driver)));
    // Same nodes and relationships; only load times, the order-dependent resolution notes and which
    // report founded a statement (its id, its first wording: the batches commit in any order) may differ.
    const strip = (lines: string[]) => lines.map((line) => line.replace(/"resolution":"[^"]*"/, "")).sort();
    expect(together.nodes.length).toBe(alone.nodes.length);
    expect(together.relationships.length).toBe(alone.relationships.length);
    expect(strip(together.nodes)).toEqual(strip(alone.nodes));
    expect(strip(together.relationships)).toEqual(strip(alone.relationships));
  }, 180_000);
});
