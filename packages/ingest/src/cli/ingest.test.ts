import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetClaimGraph } from "../load/reset.js";
import { countOf, REPO_ROOT, testDriver } from "../load/test-database.js";

const CLI = path.join(REPO_ROOT, "packages", "ingest", "src", "cli", "ingest.ts");
const exec = promisify(execFile);

/** Runs `pnpm ingest` as a user would (a separate process, stdin not a terminal). */
async function ingestCli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await exec(process.execPath, ["--conditions=source", "--import", "tsx", CLI, ...args], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: process.env.CLAIMGRAPH_TEST_NEO4J_URI ?? "",
        NEO4J_USER: process.env.CLAIMGRAPH_TEST_NEO4J_USER ?? "",
        NEO4J_PASSWORD: process.env.CLAIMGRAPH_TEST_NEO4J_PASSWORD ?? "",
        ...env,
      },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("pnpm ingest", () => {
  let driver: Driver;
  let dir = "";

  beforeAll(async () => {
    driver = testDriver();
    await resetClaimGraph(driver);
    dir = mkdtempSync(path.join(tmpdir(), "claimgraph-ingest-cli-"));
    writeFileSync(
      path.join(dir, "a.txt"),
      "Officials met on Tuesday.\n\n“We will not back down,” said Jane Smith, a spokeswoman for the Acme Corporation.",
    );
    writeFileSync(path.join(dir, "broken.txt"), Buffer.from([0x50, 0, 0x4b, 3]));
  });
  afterAll(async () => {
    await resetClaimGraph(driver);
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("--help explains the command and exits 0", async () => {
    const run = await ingestCli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: pnpm ingest/);
    expect(run.stdout).toContain("--dry-run");
  });

  it.each([
    [["--batch-size", "0", "seeds"], /--batch-size must be a whole number/],
    [["--frobnicate", "seeds"], /Unknown option '--frobnicate'/],
    [[], /no input given/],
  ])("%j is a usage error (exit 2)", async (args, message) => {
    const run = await ingestCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("a database that is down gives the URI tried and how to start one, without a stack trace", async () => {
    const run = await ingestCli(["seeds"], { NEO4J_URI: "bolt://127.0.0.1:1" });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Cannot reach Neo4j at bolt://127.0.0.1:1 (connection refused)");
    expect(run.stderr).toContain("pnpm db:start");
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it("stores the good inputs, names the bad one, exits 1; a second run finds everything unchanged", async () => {
    const first = await ingestCli([dir]);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain("Articles: 1 new, 0 unchanged, 0 replaced, 1 failed");
    expect(first.stderr).toContain(`✗ ${path.join(dir, "broken.txt")}: binary data`);
    expect(await countOf(driver, "(:Article)")).toBe(1);
    expect(await countOf(driver, "(:Person {name: 'Jane Smith'})-[:SAID]->(:Claim)")).toBe(1);
    const again = await ingestCli([path.join(dir, "a.txt")]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Articles: 0 new, 1 unchanged, 0 replaced, 0 failed");
  });

  it("--dry-run prints document graphs and writes nothing", async () => {
    await resetClaimGraph(driver);
    const run = await ingestCli(["--dry-run", path.join(dir, "a.txt")]);
    expect(run.code).toBe(0);
    const graph = JSON.parse(run.stdout.trim());
    expect(graph.claims[0].text).toBe("We will not back down,");
    expect(await countOf(driver, "(:Article)")).toBe(0);
  });

  it("--reset asks first: without a terminal it needs --yes, and keeps snapshots", async () => {
    await ingestCli([path.join(dir, "a.txt")]);
    await driver.executeQuery("CREATE (:Snapshot {id: 'keep-me', body: '{}'})");
    const refused = await ingestCli(["--reset"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("--reset needs --yes");
    expect(await countOf(driver, "(:Article)")).toBe(1);
    // What --reset deletes: everything but snapshots, analysts' corrections and id aliases (other test files leave some).
    const nodes = await countOf(driver, "(n) WHERE NOT n:Snapshot AND NOT n:Correction AND NOT n:IdAlias");
    const reset = await ingestCli(["--reset", "--yes"]);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain(
      `Reset: deleted ${nodes} nodes and their relationships (snapshots, corrections and old-id aliases kept).`,
    );
    expect(await countOf(driver, "(:Article)")).toBe(0);
    expect(await countOf(driver, "(:Snapshot {id: 'keep-me'})")).toBe(1);
    await driver.executeQuery("MATCH (s:Snapshot {id: 'keep-me'}) DELETE s");
  });
});
