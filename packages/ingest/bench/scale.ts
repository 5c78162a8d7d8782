// pnpm bench:scale --articles N — ingest at scale. Builds a corpus of N articles from PolNeAR
// (../shared/dev; editions whose people and organizations are renamed from name lists, so that
// entities grow with the corpus: src/corpus/editions.ts) into artifacts/, starts a fresh local
// Neo4j on a scratch folder, runs `pnpm ingest` on it as a child process and reports articles/s,
// the peak RSS of the ingest process and of Neo4j, the database's size on disk, and the viewer's
// search / details / counts p50 and p95 at that size (its own server code, answered in-process).
// --crash-at F kills the ingest with SIGKILL once F·N articles are stored, runs it again (timed),
// then loads the corpus cleanly into an emptied database and compares the counts.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type RunningNeo4j, separateConfig, startLocalNeo4j } from "@claimgraph/neo4j-local";
import neo4j, { type Driver } from "neo4j-driver";
import { defaultPoolSize } from "../src/load/extract-pool/pool.js";
import { DEFAULT_BATCH_SIZE, resetClaimGraph } from "../src/load/index.js";
import { baseArticles, writeCorpus } from "./scale/corpus.js";
import { folderBytes, loadAverage, type MemorySample, watchMemory } from "./scale/measure.js";

const { values } = parseArgs({
  options: {
    help: { type: "boolean", short: "h" },
    articles: { type: "string", default: "10000" },
    "crash-at": { type: "string" },
    workers: { type: "string", default: String(defaultPoolSize()) },
    "batch-size": { type: "string", default: String(DEFAULT_BATCH_SIZE) },
    concurrency: { type: "string", default: "1" },
    port: { type: "string", default: process.env.BENCH_NEO4J_PORT ?? "7871" },
    scheme: { type: "string", default: "bolt" },
    "heap-mb": { type: "string", default: "1024" },
    "pagecache-mb": { type: "string", default: "512" },
    queries: { type: "string", default: "40" },
    "profile-writes": { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(`pnpm bench:scale --articles N [--crash-at 0.5] [--workers ${defaultPoolSize()}] [--batch-size ${DEFAULT_BATCH_SIZE}]
                 [--concurrency 1] [--port $BENCH_NEO4J_PORT|7871] [--scheme bolt|neo4j]
                 [--heap-mb 1024] [--pagecache-mb 512] [--queries 40] [--profile-writes]

Builds N articles from ../shared/dev (PolNeAR editions with renamed people and organizations) into
artifacts/bench-scale/, ingests them with \`pnpm ingest\` into a fresh Neo4j on a scratch folder
(removed afterwards), and reports articles/s, peak RSS (ingest, Neo4j), disk size and the viewer's
search/details/counts p50/p95. --profile-writes: the ingest prints its write time by statement.
--crash-at F: kill -9 the ingest at F·N stored articles, re-run,
and compare with a clean run. Writes artifacts/bench-scale-<N>[-crash].json.`);
  process.exit(0);
}

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const DEV = path.resolve(REPO_ROOT, "..", "shared", "dev");
const BASE_FILES = [path.join(DEV, "polnear-dev.jsonl"), path.join(DEV, "polnear-train.jsonl")];
const INGEST_CLI = path.join(REPO_ROOT, "packages", "ingest", "src", "cli", "ingest.ts");
const VIEWER_LATENCY = path.join(REPO_ROOT, "packages", "viewer", "bench", "route-latency.ts");
const ARTIFACTS = path.join(REPO_ROOT, "artifacts");
const count = positive(values.articles, "--articles");
const crashAt = values["crash-at"] === undefined ? undefined : Number(values["crash-at"]);
if (crashAt !== undefined && !(crashAt > 0 && crashAt < 1))
  fail("--crash-at takes a fraction between 0 and 1, e.g. 0.5");
const workers = Number(values.workers);
const scheme = values.scheme === "neo4j" ? "neo4j" : "bolt";

function positive(raw: string | undefined, name: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) fail(`${name} takes a whole number of 1 or more, not "${raw}"`);
  return n;
}

function fail(message: string): never {
  console.error(`pnpm bench:scale: ${message}`);
  process.exit(2);
}

interface IngestRun {
  seconds: number;
  exitCode: number | null;
  killed: boolean;
  peakIngestMb: number;
  peakNeo4jMb: number;
  /** [seconds, ingest MiB, Neo4j MiB] every 30 s: where the peak comes. */
  rssTimeline: MemorySample[];
  loadBefore: string;
  loadAfter: string;
}

/** Runs `pnpm ingest <corpus>` as a child; with `killAt`, SIGKILLs it once that many articles are stored. */
async function runIngest(server: RunningNeo4j, driver: Driver, corpus: string, killAt?: number): Promise<IngestRun> {
  const loadBefore = loadAverage();
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      "--conditions=source",
      "--import",
      "tsx",
      INGEST_CLI,
      corpus,
      "--workers",
      String(workers),
      "--batch-size",
      String(values["batch-size"]),
      "--concurrency",
      String(values.concurrency),
      ...(values["profile-writes"] ? ["--profile-writes"] : []),
    ],
    {
      env: { ...process.env, NEO4J_URI: server.uri.replace(/^bolt:/, `${scheme}:`), NEO4J_PASSWORD: server.password },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const memory = watchMemory(() => child.pid, server.pid);
  let killed = false;
  const watcher = killAt
    ? setInterval(async () => {
        const stored = await articleCount(driver).catch(() => 0);
        if (!killed && stored >= killAt) {
          killed = true;
          child.kill("SIGKILL");
          console.error(`bench:scale: kill -9 of the ingest at ${stored} stored articles`);
        }
      }, 1000)
    : undefined;
  const [exitCode] = (await once(child, "exit")) as [number | null];
  if (watcher) clearInterval(watcher);
  memory.stop();
  return {
    seconds: (performance.now() - started) / 1000,
    exitCode,
    killed,
    peakIngestMb: memory.peak.ingestMb,
    peakNeo4jMb: memory.peak.neo4jMb,
    rssTimeline: memory.timeline,
    loadBefore,
    loadAfter: loadAverage(),
  };
}

async function articleCount(driver: Driver): Promise<number> {
  const result = await driver.executeQuery("MATCH (a:Article) RETURN count(a) AS n");
  return Number(result.records[0]?.get("n") ?? 0);
}

async function graphCounts(driver: Driver): Promise<Record<string, number>> {
  const result = await driver.executeQuery(`
    CALL () { MATCH (n:Article) RETURN count(n) AS articles }
    CALL () { MATCH (n:Person) RETURN count(n) AS people }
    CALL () { MATCH (n:Organization) RETURN count(n) AS organizations }
    CALL () { MATCH (n:Claim) RETURN count(n) AS claims }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    RETURN articles, people, organizations, claims, relationships`);
  const r = result.records[0];
  return Object.fromEntries(
    ["articles", "people", "organizations", "claims", "relationships"].map((k) => [k, Number(r?.get(k) ?? 0)]),
  );
}

/** The viewer's search, entity details and relation counts (its bench script, run as a child: ingest never imports the viewer). */
async function viewerTimings(
  server: RunningNeo4j,
  sample: number,
): Promise<Record<string, { n: number; p50: number; p95: number }>> {
  const child = spawn(
    process.execPath,
    ["--conditions=source", "--import", "tsx", VIEWER_LATENCY, "--uri", server.uri, "--sample", String(sample)],
    {
      env: { ...process.env, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let stdout = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`${VIEWER_LATENCY} exited with ${code}`);
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}");
}

const round = (x: number, digits = 1) => Number(x.toFixed(digits));

async function main() {
  mkdirSync(path.join(ARTIFACTS, "bench-scale"), { recursive: true });
  const base = await baseArticles(BASE_FILES, path.join(ARTIFACTS, "bench-scale", "base-entities.json"), workers);
  const corpus = path.join(ARTIFACTS, "bench-scale", `corpus-${count}.jsonl`);
  const built = performance.now();
  await writeCorpus(base, count, corpus);
  console.error(
    `bench:scale: corpus of ${count} articles (${base.length} base) at ${corpus} (${round((performance.now() - built) / 1000)} s)`,
  );

  const scratch = mkdtempSync(path.join(os.tmpdir(), "claimgraph-scale-"));
  const config = separateConfig(scratch, Number(values.port), "claimgraph-bench", {
    heapMb: Number(values["heap-mb"]),
    pageCacheMb: Number(values["pagecache-mb"]),
  });
  const server = await startLocalNeo4j({ config, attached: true });
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), {
    disableLosslessIntegers: true,
  });
  try {
    const report: Record<string, unknown> = {
      articles: count,
      workers,
      batchSize: Number(values["batch-size"]),
      concurrency: Number(values.concurrency),
      scheme,
      heapMb: config.heapMb,
      pageCacheMb: config.pageCacheMb,
      cores: os.availableParallelism(),
    };
    if (crashAt !== undefined) {
      const crashed = await runIngest(server, driver, corpus, Math.round(crashAt * count));
      const storedAtKill = await articleCount(driver);
      const rerun = await runIngest(server, driver, corpus);
      const afterRerun = await graphCounts(driver);
      await resetClaimGraph(driver);
      const clean = await runIngest(server, driver, corpus);
      const afterClean = await graphCounts(driver);
      Object.assign(report, {
        crashed: { ...crashed, storedAtKill },
        rerun,
        clean,
        afterRerun,
        afterClean,
        countsEqual: JSON.stringify(afterRerun) === JSON.stringify(afterClean),
        rerunOverClean: round(rerun.seconds / clean.seconds, 3),
      });
      console.log(
        `crash at ${storedAtKill}/${count} stored · re-run ${round(rerun.seconds)} s vs clean ${round(clean.seconds)} s (${round((100 * rerun.seconds) / clean.seconds)}%) · counts ${report.countsEqual ? "equal" : "DIFFER"}`,
      );
      console.log(`  after re-run ${JSON.stringify(afterRerun)}\n  after clean  ${JSON.stringify(afterClean)}`);
    } else {
      const run = await runIngest(server, driver, corpus);
      const counts = await graphCounts(driver);
      const diskBytes = folderBytes(config.dataDir);
      const viewer = await viewerTimings(server, Number(values.queries));
      Object.assign(report, {
        run,
        articlesPerSecond: round(count / run.seconds),
        counts,
        diskMb: round(diskBytes / 2 ** 20),
        viewerMs: viewer,
      });
      console.log(
        `${count} articles in ${round(run.seconds)} s = ${report.articlesPerSecond} articles/s · peak RSS ingest ${run.peakIngestMb} MiB, Neo4j ${run.peakNeo4jMb} MiB · disk ${report.diskMb} MiB · load ${run.loadBefore} → ${run.loadAfter}`,
      );
      console.log(`  graph ${JSON.stringify(counts)}`);
      for (const [name, t] of Object.entries(viewer))
        console.log(`  viewer ${name}: p50 ${round(t.p50)} ms, p95 ${round(t.p95)} ms (${t.n} requests)`);
    }
    const out = path.join(ARTIFACTS, `bench-scale-${count}${crashAt !== undefined ? "-crash" : ""}.json`);
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`  → ${path.relative(REPO_ROOT, out)}`);
  } finally {
    await driver.close();
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
