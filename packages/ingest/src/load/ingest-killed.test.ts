import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, type RunningNeo4j, separateConfig, startLocalNeo4j } from "@claimgraph/neo4j-local";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inventedJsonLines } from "./invented-articles.js";
import { resetClaimGraph } from "./reset.js";
import { dumpGraph, REPO_ROOT, withoutLoadTimes } from "./test-database.js";

const CLI = path.join(REPO_ROOT, "packages", "ingest", "src", "cli", "ingest.ts");
const TOTAL = 400;

/** Every node and relationship with its properties, without load times (they differ between runs). */
async function graph(driver: Driver) {
  return withoutLoadTimes(await dumpGraph(driver));
}

/**
 * `pnpm ingest` killed with SIGKILL in the middle of a run (the database stays up), then run
 * again: the re-run skips what was stored, stores the rest, and the graph equals a clean run's.
 * A dedicated Neo4j, so the killed run cannot disturb other tests.
 */
describe("pnpm ingest killed with SIGKILL mid-run", () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "claimgraph-killed-"));
  const corpus = path.join(scratch, "articles.jsonl");
  let server: RunningNeo4j;
  let driver: Driver;

  beforeAll(async () => {
    writeFileSync(corpus, inventedJsonLines(TOTAL));
    server = await startLocalNeo4j({
      config: separateConfig(scratch, await freePort(), "claimgraph-killed"),
      attached: true,
    });
    driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), {
      disableLosslessIntegers: true,
    });
    // a JVM start can take minutes on a busy shared machine
  }, 600_000);

  afterAll(async () => {
    await driver?.close();
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  const stored = async () =>
    Number((await driver.executeQuery("MATCH (a:Article) RETURN count(a) AS n")).records[0]?.get("n"));

  /** Runs the CLI (2 extraction threads, small batches); with `killAt`, kill -9 once that many articles are stored. */
  async function run(killAt?: number): Promise<{ code: number | null; stdout: string; killed: boolean }> {
    const child: ChildProcess = spawn(
      process.execPath,
      ["--conditions=source", "--import", "tsx", CLI, corpus, "--batch-size", "5", "--workers", "2"],
      {
        env: { ...process.env, NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    child.stdout?.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr?.resume();
    let killed = false;
    const watch = killAt
      ? setInterval(async () => {
          if (!killed && (await stored().catch(() => 0)) >= killAt) {
            killed = true;
            child.kill("SIGKILL");
          }
        }, 50)
      : undefined;
    const [code] = (await once(child, "exit")) as [number | null];
    if (watch) clearInterval(watch);
    return { code, stdout, killed };
  }

  it("resumes where it stopped: nothing written twice, nothing lost, the graph a clean run makes", async () => {
    const first = await run(40);
    expect(first.killed).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // a commit sent just before the kill lands
    const atKill = await stored();
    expect(atKill).toBeGreaterThanOrEqual(40);
    expect(atKill).toBeLessThan(TOTAL);

    const rerun = await run();
    expect(rerun.code).toBe(0);
    const [, fresh, unchanged] = /Articles: (\d+) new, (\d+) unchanged, 0 replaced, 0 failed/.exec(rerun.stdout) ?? [];
    // every stored article is recognised (not extracted or written again); exactly the rest is new
    expect(Number(unchanged)).toBe(atKill);
    expect(Number(fresh)).toBe(TOTAL - atKill);
    const resumed = await graph(driver);

    await resetClaimGraph(driver);
    const clean = await run();
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain(`Articles: ${TOTAL} new, 0 unchanged`);
    const afterClean = await graph(driver);
    expect(resumed.nodes.filter((n) => n.startsWith('{"labels":["Article"]')).length).toBe(TOTAL);
    expect(resumed.nodes.length).toBe(afterClean.nodes.length);
    expect(resumed.relationships.length).toBe(afterClean.relationships.length);
    expect(resumed).toEqual(afterClean);
  }, 600_000);
});
