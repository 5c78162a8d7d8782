/**
 * pnpm bench:snapshot — how long a 5,000-element snapshot takes to save and to open (target: 2 s each).
 *
 * 1. A bench Neo4j on its own port (BENCH_NEO4J_PORT, default 7756, data in .claimgraph/), or the
 *    one at BENCH_NEO4J_URI (+ BENCH_NEO4J_USER / BENCH_NEO4J_PASSWORD) if set.
 * 2. Over HTTP (server + Neo4j): POST /api/snapshots and GET /api/snapshots/:id, p50/p95.
 * 3. In headless Chromium, as a user does it: import the snapshot file, "Save & get link" until the
 *    link shows; then open the permalink in a fresh context until every node is drawn at its position.
 * Prints plain lines and writes artifacts/bench/snapshot.json.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { REPO_ROOT, separateConfig, startLocalNeo4j } from "@claimgraph/neo4j-local";
import { startViewerServer } from "../server/index.js";
import { saveResponseSchema } from "../shared/snapshot/contract.js";
import { launchBrowser } from "../test/browser.js";
import { syntheticSnapshot } from "../test/synthetic-snapshot.js";
import { summary } from "./stats.js";

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(`Usage: pnpm bench:snapshot [--elements N] [--rounds N] [--skip-browser]

Measures saving and opening a snapshot of N elements (default 5000; target 2 s each): over HTTP
(p50/p95 of --rounds, default 10) and in headless Chromium (import → save → link; permalink → drawn).
Uses a bench Neo4j on BENCH_NEO4J_PORT (default 7756) or BENCH_NEO4J_URI. Writes artifacts/bench/snapshot.json.`);
  process.exit(0);
}
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) {
    console.error(`Error: ${name} needs a whole number above 0 (got "${args[i + 1]}").`);
    process.exit(2);
  }
  return value;
};
const ELEMENTS = option("--elements", 5_000);
const ROUNDS = option("--rounds", 10);
const TARGET_MS = 2_000;

const log = (line: string) => console.log(`[bench:snapshot] ${line}`);
const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(PACKAGE_DIR, "dist");
if (!existsSync(path.join(DIST, "index.html")) || !existsSync(path.join(DIST, "export-viewer.js"))) {
  console.error(
    "Error: the viewer is not built; run `pnpm --filter @claimgraph/viewer build` (pnpm bench:snapshot does it).",
  );
  process.exit(1);
}

let stopNeo4j = async () => {};
let connection: { uri: string; user: string; password: string };
if (process.env.BENCH_NEO4J_URI) {
  connection = {
    uri: process.env.BENCH_NEO4J_URI,
    user: process.env.BENCH_NEO4J_USER ?? "neo4j",
    password: process.env.BENCH_NEO4J_PASSWORD ?? "claimgraph-bench",
  };
} else {
  const port = Number(process.env.BENCH_NEO4J_PORT ?? 7756);
  const stateDir = path.join(REPO_ROOT, ".claimgraph", `neo4j-bench-snapshot-${port}`);
  const config = separateConfig(stateDir, port, "claimgraph-bench");
  log(`starting the bench Neo4j on port ${port}…`);
  const neo4j = await startLocalNeo4j({ config, attached: true, log: () => {} });
  connection = { uri: neo4j.uri, user: neo4j.user, password: neo4j.password };
  stopNeo4j = async () => {
    await neo4j.stop();
  };
}

const snapshot = syntheticSnapshot(ELEMENTS);
const body = JSON.stringify(snapshot);
const elements = snapshot.state.nodes.length + snapshot.state.edges.length;
log(
  `snapshot: ${snapshot.state.nodes.length} nodes + ${snapshot.state.edges.length} edges = ${elements} elements, ${(body.length / 1024).toFixed(0)} KB of JSON`,
);
const results: Record<string, unknown> = { elements, bytes: body.length, targetMs: TARGET_MS };
const server = await startViewerServer({ port: 0, neo4j: connection, staticDir: DIST });

try {
  {
    const save: number[] = [];
    const open: number[] = [];
    for (let i = 0; i < ROUNDS + 1; i++) {
      let t = performance.now();
      const res = await fetch(new URL("api/snapshots", server.url), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      const saved = saveResponseSchema.parse(await res.json());
      const saveMs = performance.now() - t;
      t = performance.now();
      const opened = await fetch(new URL(`api/snapshots/${saved.id}`, server.url));
      await opened.json();
      const openMs = performance.now() - t;
      if (i > 0) {
        // The first round warms the driver and the JIT.
        save.push(saveMs);
        open.push(openMs);
      }
    }
    results.http = { save: summary(save), open: summary(open) };
    log(`HTTP save (validate + write):     ${JSON.stringify(summary(save))} ms`);
    log(`HTTP open (read + validate):      ${JSON.stringify(summary(open))} ms`);
  }

  if (!args.includes("--skip-browser")) {
    const browser = await launchBrowser();
    try {
      const save: number[] = [];
      const open: number[] = [];
      const phases: Array<Record<string, number>> = [];
      const rounds = Math.min(ROUNDS, 5);
      for (let i = 0; i < rounds; i++) {
        const author = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
        await author.goto(server.url);
        await author.waitForFunction(
          () => (window as unknown as { __claimgraph?: { sharing?: unknown } }).__claimgraph?.sharing,
        );
        await author.click('[data-testid="share-open"]');
        await author.setInputFiles('[data-testid="share-import"]', {
          name: "bench.claimgraph.json",
          mimeType: "application/json",
          buffer: Buffer.from(body),
        });
        await author.waitForFunction(
          (n) =>
            (window as unknown as { __claimgraph: { cy: { nodes(): { length: number } } } }).__claimgraph.cy.nodes()
              .length === n,
          snapshot.state.nodes.length,
          { timeout: 60_000 },
        );
        await author.click('[data-testid="share-open"]');
        let t = performance.now();
        await author.click('[data-testid="share-save"]');
        const link = author.locator('[data-testid="share-link"]');
        await link.waitFor({ timeout: 60_000 });
        save.push(performance.now() - t);
        const permalink = await link.inputValue();
        await author.context().close();

        const reader = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
        t = performance.now();
        await reader.goto(permalink);
        await reader.waitForFunction(
          (n) =>
            (window as unknown as { __claimgraph?: { cy?: { nodes(): { length: number } } } }).__claimgraph?.cy?.nodes()
              .length === n,
          snapshot.state.nodes.length,
          { timeout: 60_000, polling: 16 },
        );
        await reader.waitForFunction(() => performance.getEntriesByName("snapshot:shown").length > 0, null, {
          timeout: 60_000,
        });
        open.push(performance.now() - t);
        const marks = await reader.evaluate(() =>
          Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)])),
        );
        phases.push(marks);
        await reader.context().close();
      }
      results.browser = { save: summary(save), open: summary(open), openPhases: phases };
      const median = (key: string) => summary(phases.map((p) => p[key] ?? Number.NaN)).p50;
      log(
        `open phases (ms after navigation start, medians): request ${median("snapshot:open")}, ` +
          `loaded+validated ${median("snapshot:loaded")}, stores set ${median("snapshot:applied")}, drawn + viewport ${median("snapshot:shown")}`,
      );
      log(`browser save (click → link shown):            ${JSON.stringify(summary(save))} ms`);
      log(`browser open (permalink → all nodes drawn):   ${JSON.stringify(summary(open))} ms`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
  await stopNeo4j();
}

const within = (s: unknown) => (s as { max?: number } | undefined)?.max ?? Number.NaN;
const worst = Math.max(
  within((results.http as { save: unknown } | undefined)?.save),
  within((results.http as { open: unknown } | undefined)?.open),
  ...(results.browser
    ? [within((results.browser as { save: unknown }).save), within((results.browser as { open: unknown }).open)]
    : []),
);
results.worstMs = Math.round(worst);
// Context for the figures: this machine is shared, and Cytoscape's first frame is CPU-bound.
results.machine = { cpus: cpus().length, loadAverage1m: Math.round((loadavg()[0] ?? 0) * 10) / 10 };
log(`machine: ${cpus().length} CPUs, load average ${(loadavg()[0] ?? 0).toFixed(1)} (1 min) at the end of the run`);
results.withinTarget = worst <= TARGET_MS;
const out = path.join(REPO_ROOT, "artifacts", "bench");
mkdirSync(out, { recursive: true });
writeFileSync(
  path.join(out, "snapshot.json"),
  `${JSON.stringify({ at: new Date().toISOString(), ...results }, null, 2)}\n`,
);
log(
  `worst case ${Math.round(worst)} ms against a target of ${TARGET_MS} ms: ${worst <= TARGET_MS ? "within" : "OVER"} target`,
);
log(`wrote ${path.join(out, "snapshot.json")}`);
