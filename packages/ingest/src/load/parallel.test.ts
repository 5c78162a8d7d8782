import { existsSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "./ingest.js";
import { resetClaimGraph } from "./reset.js";
import { dumpGraph, SHARED_DIR, testDriver } from "./test-database.js";

const DEV = path.join(SHARED_DIR, "dev", "polnear-dev.jsonl");
const HAVE_DEV = existsSync(DEV);

/** Two ingest runs at once (each with concurrent batches) end with what one run makes: no duplicates. */
describe.skipIf(!HAVE_DEV)(`parallel ingest runs ${HAVE_DEV ? "" : `(skipped: ${DEV} is absent)`}`, () => {
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
    const single = await ingest({ inputs: [DEV], driver, batchSize: 10 });
    expect(single.articles.failed).toBe(0);
    const alone = await dumpGraph(driver);

    await resetClaimGraph(driver);
    const [a, b] = await Promise.all([
      ingest({ inputs: [DEV], driver, batchSize: 10, concurrency: 2 }),
      ingest({ inputs: [DEV], driver, batchSize: 7, concurrency: 2 }),
    ]);
    expect(a.articles.new + b.articles.new).toBe(single.articles.new);
    expect(a.articles.failed + b.articles.failed).toBe(0);
    const together = await dumpGraph(driver);
    // Same nodes and relationships; only ingestedAt and the order-dependent resolution notes may differ.
    const strip = (lines: string[]) =>
      lines.map((line) => line.replace(/"ingestedAt":"[^"]*"/, "").replace(/"resolution":"[^"]*"/, "")).sort();
    expect(together.nodes.length).toBe(alone.nodes.length);
    expect(together.relationships.length).toBe(alone.relationships.length);
    expect(strip(together.nodes)).toEqual(strip(alone.nodes));
    expect(strip(together.relationships)).toEqual(strip(alone.relationships));
  }, 180_000);
});
