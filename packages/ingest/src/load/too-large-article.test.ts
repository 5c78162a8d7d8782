import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, type RunningNeo4j, separateConfig, startLocalNeo4j } from "@claimgraph/neo4j-local";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "./ingest.js";

const INGEST_CLI = fileURLToPath(new URL("../cli/ingest.ts", import.meta.url));
const TX_MEMORY_MB = 8;
const RETRY_MS = 300_000;

/** One line naming `count` different invented people: one node and one mention each, in one transaction. */
function crowdArticle(count: number): string {
  const firsts = ["Anna", "Bruno", "Clara", "Dmitri", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas"];
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) {
    const a = String.fromCharCode(65 + (i % 26));
    const b = String.fromCharCode(97 + (Math.floor(i / 26) % 26));
    const c = String.fromCharCode(97 + (Math.floor(i / 676) % 26));
    for (const first of firsts) names.push(`${first} ${a}${b}${c}wick`);
  }
  return `The guests included ${names.slice(0, count).join(", ")}.`;
}

/**
 * A Neo4j of its own whose transactions may use only 8 MB, and an article that needs more: that
 * article is refused with an error naming it, the good files beside it load, and the run exits 1.
 */
describe("an article too large for one Neo4j transaction", () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "claimgraph-too-large-"));
  const files = {
    good1: path.join(scratch, "good-1.txt"),
    big: path.join(scratch, "crowd.txt"),
    huge: path.join(scratch, "huge-crowd.txt"),
    good2: path.join(scratch, "good-2.txt"),
  };
  let server: RunningNeo4j | undefined;
  let driver: Driver;

  beforeAll(async () => {
    writeFileSync(files.good1, "Marta Kowalczyk, the mayor of Eastbridge, said the ferry would run all winter.\n");
    writeFileSync(files.big, crowdArticle(20_000));
    writeFileSync(files.huge, crowdArticle(26_000));
    writeFileSync(files.good2, "“The budget is sound,” Tobias Wrenfield said on Monday.\n");
    const config = separateConfig(path.join(scratch, "neo4j"), await freePort(), "claimgraph-too-large", {
      heapMb: 384,
    });
    const saved = process.env.NEO4J_TX_MEMORY_MB;
    process.env.NEO4J_TX_MEMORY_MB = String(TX_MEMORY_MB); // read by the launcher the server is started with
    try {
      server = await startLocalNeo4j({ config, attached: true });
    } finally {
      if (saved === undefined) delete process.env.NEO4J_TX_MEMORY_MB;
      else process.env.NEO4J_TX_MEMORY_MB = saved;
    }
    // Retries of transient errors for up to 5 minutes: a memory limit retried would show as a run of 5 minutes.
    driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: RETRY_MS,
    });
  });

  afterAll(async () => {
    await driver?.close();
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it(
    "is refused by name while the files beside it load, without retries",
    async () => {
      const summary = await ingest({ inputs: [files.good1, files.big, files.good2], driver });
      expect(summary.aborted).toBeUndefined();
      expect(summary.failures).toEqual([
        {
          origin: files.big,
          error: expect.stringMatching(/^too large for one Neo4j transaction \(\d+ K characters; Neo4j: .+\)/),
          hint: expect.stringContaining("NEO4J_TX_MEMORY_MB"),
        },
      ]);
      expect(summary.articles).toMatchObject({ new: 2, failed: 1 });
      const titles = await driver.executeQuery("MATCH (a:Article) RETURN a.sourceKey AS key ORDER BY key");
      expect(titles.records.map((r) => r.get("key"))).toEqual([files.good1, files.good2]);
      // A memory limit is not retried: it would fail again the same way.
      expect(summary.elapsedMs).toBeLessThan(RETRY_MS / 2);
    },
    RETRY_MS,
  );

  it("makes `pnpm ingest` name the article, say what to do, and exit 1, without a stack trace", () => {
    if (!server) throw new Error("no server");
    const run = spawnSync(
      process.execPath,
      ["--conditions=source", "--import", "tsx", INGEST_CLI, files.good1, files.big, files.good2],
      {
        encoding: "utf8",
        env: { ...process.env, NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password },
      },
    );
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toContain("Articles: 0 new, 2 unchanged, 0 replaced, 1 failed");
    expect(run.stderr).toContain(`${files.big}: too large for one Neo4j transaction`);
    expect(run.stderr).toContain("NEO4J_TX_MEMORY_MB");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);

  it(
    "refuses, before writing, an article with more nodes and relationships than one transaction should carry",
    async () => {
      const summary = await ingest({ inputs: [files.huge, files.good1], driver });
      expect(summary.failures).toEqual([
        {
          origin: files.huge,
          error: expect.stringMatching(
            /^too large for one Neo4j transaction \(52,\d{3} nodes and relationships to write, at most 50,000\)/,
          ),
          hint: expect.stringContaining("Split it"),
        },
      ]);
      expect(summary.writeMs).toBeLessThan(RETRY_MS / 2);
    },
    RETRY_MS,
  );
});
