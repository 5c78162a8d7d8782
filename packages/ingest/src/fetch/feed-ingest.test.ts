import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NEWS_FIXTURES } from "../input/html/news-fixtures.js";
import { resetClaimGraph } from "../load/reset.js";
import { dumpGraph, REPO_ROOT, testDriver } from "../load/test-database.js";
import { send, startTestServer, type TestServer } from "./test-server.js";

/** `pnpm ingest <feed URL>` as a user runs it, against a feed on a local server: once, again, and interrupted then resumed. */
const CLI = path.join(REPO_ROOT, "packages", "ingest", "src", "cli", "ingest.ts");
const ARGS = ["--conditions=source", "--import", "tsx", CLI];
const exec = promisify(execFile);
const ITEMS = 8;
const env = () => ({
  ...process.env,
  NEO4J_URI: process.env.CLAIMGRAPH_TEST_NEO4J_URI ?? "",
  NEO4J_USER: process.env.CLAIMGRAPH_TEST_NEO4J_USER ?? "",
  NEO4J_PASSWORD: process.env.CLAIMGRAPH_TEST_NEO4J_PASSWORD ?? "",
});

let server: TestServer;
let driver: Driver;
let dir = "";
let child: ChildProcess | undefined;
let hangOn: string | undefined;

async function ingestCli(args: string[]) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [...ARGS, ...args], { cwd: REPO_ROOT, env: env() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const articles = async () =>
  (
    await driver.executeQuery(
      "MATCH (a:Article) RETURN a.sourceKey AS key, a.source AS source, a.authors AS authors ORDER BY key",
    )
  ).records.map((r) => r.toObject());

beforeAll(async () => {
  driver = testDriver();
  dir = mkdtempSync(path.join(tmpdir(), "claimgraph-feed-"));
  server = await startTestServer({ "/robots.txt": send("User-agent: *\nDisallow: /private/\n", "text/plain") });
  server.routes.set(
    "/feed.xml",
    send(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title>${Array.from({ length: ITEMS }, (_, i) => `<item><link>${server.url}/news/${i + 1}</link></item>`).join("")}<item><link>${server.url}/news/1</link></item></channel></rss>`,
      "application/rss+xml",
    ),
  );
  for (let i = 1; i <= ITEMS; i++) {
    const page = send(NEWS_FIXTURES[i - 1]?.html ?? "");
    server.routes.set(`/news/${i}`, (request, response) => {
      if (hangOn === `/news/${i}`) {
        child?.kill("SIGINT"); // the user presses Ctrl-C while this page is on its way; it never arrives
        return;
      }
      return page(request, response);
    });
  }
});
beforeEach(async () => {
  await resetClaimGraph(driver);
  server.log.length = 0;
});
afterAll(async () => {
  await resetClaimGraph(driver);
  await driver.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("pnpm ingest <feed URL>", () => {
  it("ingests every item once; a second run fetches nothing and writes nothing", async () => {
    const cache = path.join(dir, "cache-once");
    const feed = `${server.url}/feed.xml`;
    const first = await ingestCli([feed, "--cache-dir", cache, "--delay", "0"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Articles: ${ITEMS} new, 0 unchanged, 0 replaced, 0 failed`);
    expect(first.stdout).toContain(`Fetched: ${ITEMS + 1} pages, 0 from the cache`);
    expect(server.log.filter((p) => p.startsWith("/news/")).sort()).toEqual(
      Array.from({ length: ITEMS }, (_, i) => `/news/${i + 1}`).sort(),
    );
    const stored = await articles();
    expect(stored).toHaveLength(ITEMS);
    expect(stored.map((a) => a.key)).toContain(`${server.url}/news/1`);
    expect(stored.every((a) => Array.isArray(a.authors) && a.authors.length > 0)).toBe(true);

    const before = await dumpGraph(driver);
    const requests = server.log.length;
    const second = await ingestCli([feed, "--cache-dir", cache, "--delay", "0"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`Fetched: 0 pages, ${ITEMS + 1} from the cache (0 requests)`);
    expect(second.stdout).toContain(`Articles: 0 new, ${ITEMS} unchanged, 0 replaced, 0 failed`);
    expect(server.log.length).toBe(requests);
    expect(await dumpGraph(driver)).toEqual(before);
  });

  it("an interrupted run loads what it fetched, and the next run resumes where it stopped", async () => {
    const cache = path.join(dir, "cache-resume");
    const feed = `${server.url}/feed.xml`;
    hangOn = "/news/4";
    const first = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      let stdout = "";
      let stderr = "";
      child = spawn(process.execPath, [...ARGS, feed, "--cache-dir", cache, "--delay", "0"], {
        cwd: REPO_ROOT,
        env: env(),
      });
      child.stdout?.on("data", (chunk) => {
        stdout += chunk;
      });
      child.stderr?.on("data", (chunk) => {
        stderr += chunk;
      });
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
    hangOn = undefined;
    expect(first.stderr).toContain("Stopping: storing what is under way");
    expect(first.stderr).toMatch(/news\/4: the run was interrupted/);
    expect(first.code).toBe(1);
    const stored = (await articles()).map((a) => new URL(a.key).pathname);
    const loaded = stored.length;
    // What arrived before the Ctrl-C is stored, and never /news/4, which was on its way. Pages are
    // fetched four at a time, so /news/2 or /news/3 may still be on its way when /news/4 is asked for
    // (CI saw /news/3 cut off once, and /news/2 cut off while /news/3 had arrived), and on a loaded
    // machine the signal is handled after /news/5 was asked for and arrived (seen once): a cut-off page
    // is not stored, the pages that arrived are, and the second run below fetches the others.
    expect(loaded).toBeGreaterThan(0);
    expect(stored).not.toContain("/news/4");
    expect(stored).toEqual([...stored].sort());

    server.log.length = 0;
    const second = await ingestCli([feed, "--cache-dir", cache, "--delay", "0"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`Articles: ${ITEMS - loaded} new, ${loaded} unchanged, 0 replaced, 0 failed`);
    // Nothing stored is fetched again: the pages that arrived before the interruption come from the cache
    // (a page whose download the interruption cut off was not cached, and is fetched again).
    for (const page of stored) expect(server.log).not.toContain(page);
    expect(server.log).toContain("/news/4");
    expect(await articles()).toHaveLength(ITEMS);
  });
});
