/**
 * pnpm bench:viewer — the viewer's latency and rendering figures on the PolNeAR train split.
 *
 * 1. A bench Neo4j on its own port (BENCH_NEO4J_PORT, default 7754, data in .claimgraph/), with
 *    <repo>/../shared/dev/polnear-train.jsonl ingested through ingest() (skipped when already there).
 * 2. The viewer server on it: search and expand latency over HTTP (server + Neo4j), p50/p95.
 * 3. Headless Chromium: first overview on screen after page load; pan/zoom fps with 1,000 nodes /
 *    3,000 edges (canvas) and 5,000 / 15,000 (WebGL); fcose layout time of 1,000 nodes.
 * Prints plain lines and writes artifacts/bench/viewer.json.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { connect, type InputItem, ingest, readInputs } from "@claimgraph/ingest";
import { REPO_ROOT, separateConfig, startLocalNeo4j } from "@claimgraph/neo4j-local";
import { startViewerServer } from "../server/index.js";
import { launchBrowser } from "../test/browser.js";
import { measureHub, measureRoutes } from "./api-latency.js";
import { loadSynthetic, passThrough, startFrames, stopFrames } from "./browser-bench.js";
import { editions } from "./editions.js";
import { summary } from "./stats.js";

/** Waits for the overview, then empties the app's graph so the synthetic graph is left alone. */
async function emptyCanvas(page: import("playwright-core").Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName("claimgraph:first-graph").length > 0, null, {
    timeout: 60_000,
  });
  await page.waitForTimeout(1_000); // the overview's layout animation
  // biome-ignore lint/suspicious/noExplicitAny: page-side handle
  await page.evaluate(() => (window as any).__claimgraph.actions.graph.replace({ nodes: [], edges: [] }));
  await page.waitForTimeout(300);
}

/**
 * Frames per second while a user pans (drag on the background) and zooms (wheel) for `seconds`:
 * real mouse input through Chromium, so Cytoscape's viewport optimisations apply as they would.
 */
async function gestureFps(page: import("playwright-core").Page, seconds: number) {
  const box = await page.locator('[data-testid="canvas"]').boundingBox();
  if (!box) throw new Error("no canvas on the page");
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(passThrough);
  await page.waitForTimeout(300);
  await page.evaluate(startFrames);
  const until = Date.now() + seconds * 1000;
  let i = 0;
  while (Date.now() < until) {
    if (i % 2 === 0) {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let k = 1; k <= 10; k++) await page.mouse.move(cx + 12 * k * Math.cos(i), cy + 12 * k * Math.sin(i));
      await page.mouse.up();
    } else {
      for (let k = 0; k < 6; k++) await page.mouse.wheel(0, i % 4 === 1 ? -120 : 120);
    }
    i++;
  }
  return page.evaluate(stopFrames);
}

/** tsx compiles with keepNames: functions sent to the page call esbuild's __name helper. */
const NAME_SHIM = { content: "window.__name = (f) => f;" };

const { values: opts } = parseArgs({
  options: {
    help: { type: "boolean", short: "h" },
    "skip-browser": { type: "boolean" },
    scale: { type: "string", default: "1" },
    "measure-only": { type: "boolean" },
  },
});
if (opts.help) {
  console.log(`Usage: pnpm bench:viewer [--scale N] [--measure-only] [--skip-browser]

Measures the viewer on the PolNeAR train split (ingested into a bench Neo4j on BENCH_NEO4J_PORT,
default 7754): search, entity details, neighbour counts and expand latency (p50/p95, with each
route's first call as a separate cold figure), the overview, a hub's counts and pages, first
overview on screen, pan/zoom fps (canvas 1k/3k, WebGL 5k/15k) and layout time (1k nodes).
--scale N ingests N editions of the corpus (N × 839 articles, ids and text varied; each scale
keeps its own database folder, so a second run skips the ingest). --measure-only measures what
that folder holds without ingesting (an ingest cut short is measured as far as it got). Needs
<repo>/../shared/dev/polnear-train.jsonl.`);
  process.exit(0);
}
const scale = Number(opts.scale);
if (!Number.isInteger(scale) || scale < 1) {
  console.error(`Error: --scale must be a whole number ≥ 1 (got "${opts.scale}"), e.g. --scale 25.`);
  process.exit(1);
}

const log = (line: string) => console.log(`[bench:viewer] ${line}`);
const TRAIN = path.resolve(REPO_ROOT, "..", "shared", "dev", "polnear-train.jsonl");
if (!existsSync(TRAIN)) {
  console.error(`Error: ${TRAIN} is missing; the viewer benchmark needs the PolNeAR train split there.`);
  process.exit(1);
}

const port = Number(process.env.BENCH_NEO4J_PORT ?? 7754);
const stateDir = path.join(REPO_ROOT, ".claimgraph", `neo4j-bench-viewer-${port}${scale > 1 ? `-x${scale}` : ""}`);
const config = separateConfig(stateDir, port, "claimgraph-bench", scale > 1 ? { heapMb: 1536, pageCacheMb: 1024 } : {});
log(`starting the bench Neo4j on port ${port}…`);
// A loaded machine can take minutes to start a JVM with a larger heap: wait up to ten.
const neo4j = await startLocalNeo4j({ config, attached: true, log: () => {}, timeoutMs: 600_000 });
const connection = { uri: neo4j.uri, user: neo4j.user, password: neo4j.password };
const results: Record<string, unknown> = { scale, loadAverage: { start: os.loadavg() } };

try {
  const driver = await connect(connection);
  const count = async () =>
    Number((await driver.executeQuery("MATCH (a:Article) RETURN count(a) AS n")).records[0]?.get("n") ?? 0);
  if (opts["measure-only"]) log(`--measure-only: measuring the ${await count()} articles stored, no ingest`);
  else {
    const items: InputItem[] = [];
    for await (const item of readInputs([TRAIN])) items.push(item);
    log(`ingesting ${scale} edition(s) of polnear-train.jsonl (${await count()} articles already stored are skipped)…`);
    const started = performance.now();
    let lastLine = 0;
    const s = await ingest({
      inputs: editions(items, scale),
      driver,
      connection,
      onProgress: (p) => {
        if (Date.now() - lastLine < 30_000) return;
        lastLine = Date.now();
        log(`  ${p.done}/${p.total} articles, ${p.claims} claims (load average ${os.loadavg()[0]?.toFixed(1)})`);
      },
    });
    results.ingestSeconds = Math.round((performance.now() - started) / 1000);
    log(`ingested in ${results.ingestSeconds} s (${JSON.stringify(s).slice(0, 200)})`);
  }
  const sizes = await driver.executeQuery(
    "RETURN COUNT { (:Article) } AS articles, COUNT { (:Claim) } AS claims, COUNT { (:Person) } AS people, COUNT { (:Organization) } AS orgs, COUNT { ()-->() } AS relationships",
  );
  results.graph = sizes.records[0]?.toObject();
  log(
    `graph: ${JSON.stringify(results.graph, (_k, v) => (typeof v === "bigint" ? Number(v) : v?.low !== undefined && v?.high !== undefined ? Number(v) : v))}`,
  );
  const names = (
    await driver.executeQuery(
      "MATCH (e) WHERE (e:Person AND NOT e:Anonymous) OR e:Organization RETURN e.id AS id, e.name AS name ORDER BY COUNT { (e)--() } DESC LIMIT 60",
    )
  ).records.map((r) => ({ id: String(r.get("id")), name: String(r.get("name")) }));
  await driver.close();

  const server = await startViewerServer({ port: 0, neo4j: connection });
  const warmStart = performance.now();
  await server.warmed;
  results.warmUpMs = Math.round(performance.now() - warmStart);
  log(`server start-up warm-up (overview, uncached, + page cache) took ${results.warmUpMs} ms`);
  try {
    results.loadAverage = { ...(results.loadAverage as object), api: os.loadavg() };
    log(
      `load average before the HTTP figures: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
    );
    Object.assign(results, await measureRoutes(server.url, names, log));
    const hub = names[0];
    if (hub) results.hub = await measureHub(server.url, hub, log);

    if (!opts["skip-browser"]) {
      const browser = await launchBrowser();
      try {
        const firstPaint: number[] = [];
        for (let i = 0; i < 5; i++) {
          const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
          await page.goto(server.url);
          // The app marks the moment the first graph reaches the canvas; time from navigation start.
          const mark = await page.waitForFunction(
            () => performance.getEntriesByName("claimgraph:first-graph")[0]?.startTime ?? null,
            null,
            { timeout: 60_000, polling: 50 },
          );
          firstPaint.push(Number(await mark.jsonValue()));
          await page.close();
        }
        results.firstOverview = summary(firstPaint);
        log(`first overview on screen after page load ms: ${JSON.stringify(results.firstOverview)}`);

        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.addInitScript(NAME_SHIM);
        await page.goto(server.url);
        await emptyCanvas(page);
        const laidOut = await page.evaluate(loadSynthetic, { nodes: 1000, edges: 3000, positions: false });
        results.layout1000 = laidOut;
        log(`app layout (fcose, whole graph) of 1,000 nodes / 3,000 edges: ${JSON.stringify(laidOut)}`);
        const canvasGraph = await page.evaluate(loadSynthetic, { nodes: 1000, edges: 3000, positions: true });
        results.canvasFps = { ...canvasGraph, ...(await gestureFps(page, 5)) };
        log(`pan/zoom canvas renderer 1,000/3,000: ${JSON.stringify(results.canvasFps)}`);
        await page.close();
      } finally {
        await browser.close();
      }
      // WebGL needs a GL implementation: headless without a GPU falls back to SwiftShader (software).
      const glBrowser = await launchBrowser(["--use-angle=swiftshader", "--enable-unsafe-swiftshader"], {
        keepGpu: true,
      });
      try {
        const page = await glBrowser.newPage({ viewport: { width: 1440, height: 900 } });
        page.on("pageerror", (error) => log(`page error (WebGL run): ${error.message}`));
        await page.addInitScript(NAME_SHIM);
        await page.goto(server.url);
        await emptyCanvas(page);
        await page.selectOption('[data-testid="renderer"]', "webgl");
        await page.waitForTimeout(500);
        const glGraph = await page.evaluate(loadSynthetic, { nodes: 5000, edges: 15000, positions: true });
        results.webglFps = { ...glGraph, ...(await gestureFps(page, 5)) };
        log(`pan/zoom WebGL renderer 5,000/15,000 (SwiftShader, no GPU): ${JSON.stringify(results.webglFps)}`);
        results.canvasFps5000 = await (async () => {
          await page.selectOption('[data-testid="renderer"]', "canvas");
          await page.waitForTimeout(500);
          const graph = await page.evaluate(loadSynthetic, { nodes: 5000, edges: 15000, positions: true });
          return { ...graph, ...(await gestureFps(page, 5)) };
        })();
        log(`pan/zoom canvas renderer 5,000/15,000 for comparison: ${JSON.stringify(results.canvasFps5000)}`);
      } finally {
        await glBrowser.close();
      }
    }
  } finally {
    await server.close();
  }
  const out = path.join(REPO_ROOT, "artifacts", "bench");
  mkdirSync(out, { recursive: true });
  results.loadAverage = { ...(results.loadAverage as object), end: os.loadavg() };
  const file = path.join(out, scale > 1 ? `viewer-x${scale}.json` : "viewer.json");
  writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), ...results }, null, 2)}\n`);
  log(`wrote ${file}`);
} finally {
  await neo4j.stop();
}
