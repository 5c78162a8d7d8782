import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectionFromEnv } from "./connection.js";
import { ingest } from "./ingest.js";
import { inventedItems } from "./invented-articles.js";
import { resetClaimGraph } from "./reset.js";
import { countOf, testDriver } from "./test-database.js";

/**
 * The cluster path (Aura, a causal cluster) on the single test server: the routing scheme
 * `neo4j://` with NEO4J_DATABASE set, as `pnpm ingest` reads them from the environment.
 */
describe("ingest through the routing driver (neo4j://) with NEO4J_DATABASE", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetClaimGraph(driver);
  });
  afterAll(async () => {
    await resetClaimGraph(driver);
    await driver.close();
  });

  it("stores every article, and a re-run finds them all stored", async () => {
    const bolt = process.env.CLAIMGRAPH_TEST_NEO4J_URI ?? "";
    expect(bolt).toMatch(/^bolt:\/\//);
    const connection = connectionFromEnv({
      NEO4J_URI: bolt.replace(/^bolt:/, "neo4j:"),
      NEO4J_USER: process.env.CLAIMGRAPH_TEST_NEO4J_USER,
      NEO4J_PASSWORD: process.env.CLAIMGRAPH_TEST_NEO4J_PASSWORD,
      NEO4J_DATABASE: "neo4j",
    });
    expect(connection).toMatchObject({ uri: expect.stringMatching(/^neo4j:\/\//), database: "neo4j" });
    const items = inventedItems(30);
    const first = await ingest({ inputs: items, connection, batchSize: 7, concurrency: 2, workers: 2 });
    expect(first.aborted).toBeUndefined();
    expect(first.articles).toEqual({ new: 30, unchanged: 0, replaced: 0, failed: 0 });
    expect(await countOf(driver, "(:Article)")).toBe(30);
    const again = await ingest({ inputs: items, connection, workers: 1 });
    expect(again.articles).toEqual({ new: 0, unchanged: 30, replaced: 0, failed: 0 });
  });

  it("names a database that does not exist", async () => {
    const connection = connectionFromEnv({
      NEO4J_URI: (process.env.CLAIMGRAPH_TEST_NEO4J_URI ?? "").replace(/^bolt:/, "neo4j:"),
      NEO4J_USER: process.env.CLAIMGRAPH_TEST_NEO4J_USER,
      NEO4J_PASSWORD: process.env.CLAIMGRAPH_TEST_NEO4J_PASSWORD,
      NEO4J_DATABASE: "nosuchdatabase",
    });
    await expect(ingest({ inputs: inventedItems(1), connection, workers: 0 })).rejects.toThrow(/nosuchdatabase/);
  });
});
