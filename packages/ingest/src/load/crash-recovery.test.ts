import { existsSync, mkdtempSync, rmSync } from "node:fs";
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
import type { InputItem } from "../input/types.js";
import { collect, ingest } from "./ingest.js";
import { SHARED_DIR } from "./test-database.js";

const DEV = path.join(SHARED_DIR, "dev", "polnear-dev.jsonl");
const HAVE_DEV = existsSync(DEV);

/** Nodes per label and relationships per type. */
async function counts(driver: Driver): Promise<Record<string, number>> {
  const nodes = await driver.executeQuery(
    "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label",
  );
  const rels = await driver.executeQuery("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type");
  return Object.fromEntries([
    ...nodes.records.map((r) => [r.get("label") as string, Number(r.get("n"))]),
    ...rels.records.map((r) => [r.get("type") as string, Number(r.get("n"))]),
  ]);
}

/**
 * A dedicated Neo4j, killed with SIGKILL in the middle of an ingest, restarted, and the ingest run
 * again: it must end with exactly what a clean run produces.
 */
describe.skipIf(!HAVE_DEV)(`a database killed mid-ingest ${HAVE_DEV ? "" : `(skipped: ${DEV} is absent)`}`, () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "claimgraph-crash-"));
  let config: LocalNeo4jConfig;
  let server: RunningNeo4j;
  let items: InputItem[];

  const driverFor = (s: RunningNeo4j) =>
    neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password), {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: 2000,
      connectionTimeout: 2000,
    });

  beforeAll(async () => {
    config = separateConfig(scratch, await freePort(), "claimgraph-crash");
    server = await startLocalNeo4j({ config, attached: true });
    items = await collect([DEV]);
  });

  afterAll(async () => {
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("ends, after a re-run, with the same counts as a clean run, and without duplicates", async () => {
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
      const afterRecovery = await counts(driver);

      const { resetClaimGraph } = await import("./reset.js");
      await resetClaimGraph(driver);
      const clean = await ingest({ inputs: items, driver, batchSize: 4 });
      expect(clean.articles.new + clean.articles.unchanged).toBe(rerun.articles.new + rerun.articles.unchanged);
      expect(afterRecovery).toEqual(await counts(driver));
      expect(afterRecovery.Article).toBeGreaterThan(0);
      const duplicates = await driver.executeQuery(
        "MATCH (c:Claim) WITH c.id AS id, count(*) AS n WHERE n > 1 RETURN count(*) AS dupes",
      );
      expect(Number(duplicates.records[0]?.get("dupes"))).toBe(0);
    } finally {
      await driver.close();
    }
  }, 240_000);
});
