import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  freePort,
  type LocalNeo4jConfig,
  type RunningNeo4j,
  separateConfig,
  startLocalNeo4j,
} from "@claimgraph/neo4j-local";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "./ingest.js";
import { inventedItems } from "./invented-articles.js";
import { dumpGraph, withoutLoadTimes } from "./test-database.js";

/** Every node and relationship with all its properties, without load times (they differ between runs). */
async function graph(driver: Driver): Promise<{ nodes: string[]; relationships: string[] }> {
  return withoutLoadTimes(await dumpGraph(driver));
}

/**
 * A dedicated Neo4j, killed with SIGKILL in the middle of an ingest, restarted, and the ingest run
 * again: it must end with exactly what a clean run produces.
 */
describe("a database killed mid-ingest", () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "claimgraph-crash-"));
  let config: LocalNeo4jConfig;
  let server: RunningNeo4j;
  const items = inventedItems(150);

  const driverFor = (s: RunningNeo4j) =>
    neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password), {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: 2000,
      connectionTimeout: 2000,
    });

  beforeAll(async () => {
    config = separateConfig(scratch, await freePort(), "claimgraph-crash");
    server = await startLocalNeo4j({ config, attached: true });
  });

  afterAll(async () => {
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("ends, after a re-run, with exactly the graph a clean run makes (every node, edge and property)", async () => {
    const total = items.filter((i) => i.ok).length;
    let driver = driverFor(server);
    let killed = false;
    const interrupted = await ingest({
      inputs: items,
      driver,
      batchSize: 4,
      onProgress: (p) => {
        if (!killed && p.done >= 20) {
          killed = true;
          process.kill(server.pid, "SIGKILL");
        }
      },
    });
    await driver.close().catch(() => {});
    expect(killed).toBe(true);
    expect(interrupted.aborted?.error).toMatch(/Cannot reach Neo4j|Stopped after storing/);
    const storedBefore = interrupted.articles.new;
    expect(storedBefore).toBeGreaterThanOrEqual(20);
    expect(storedBefore).toBeLessThan(total);

    server = await startLocalNeo4j({ config, attached: true });
    driver = driverFor(server);
    try {
      const rerun = await ingest({ inputs: items, driver, batchSize: 4 });
      expect(rerun.aborted).toBeUndefined();
      expect(rerun.articles.failed).toBe(interrupted.articles.failed);
      expect(rerun.articles.unchanged).toBeGreaterThanOrEqual(storedBefore);
      const afterRecovery = await graph(driver);

      const { resetClaimGraph } = await import("./reset.js");
      await resetClaimGraph(driver);
      const clean = await ingest({ inputs: items, driver, batchSize: 4 });
      expect(clean.articles.new + clean.articles.unchanged).toBe(rerun.articles.new + rerun.articles.unchanged);
      const afterClean = await graph(driver);
      expect(afterRecovery.nodes.filter((n) => n.startsWith('{"labels":["Article"]')).length).toBe(total);
      expect(afterRecovery.nodes.length).toBe(afterClean.nodes.length);
      expect(afterRecovery.relationships.length).toBe(afterClean.relationships.length);
      expect(afterRecovery).toEqual(afterClean);
      const duplicates = await driver.executeQuery(
        "MATCH (c:Claim) WITH c.id AS id, count(*) AS n WHERE n > 1 RETURN count(*) AS dupes",
      );
      expect(Number(duplicates.records[0]?.get("dupes"))).toBe(0);
    } finally {
      await driver.close();
    }
    // A restart may take startLocalNeo4j's own limit (180 s) on a busy machine, and three ingests follow.
  }, 420_000);
});
