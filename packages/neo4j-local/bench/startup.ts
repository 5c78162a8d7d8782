// pnpm bench:neo4j — how long the local Neo4j takes to become usable, and what it costs.
//   cold fetch:  Maven resolves Neo4j's jars into an empty local repository (what a fresh machine pays once)
//   first start: JVM start + creating the system and neo4j databases in an empty data folder
//   warm start:  JVM start on an existing store (every later `pnpm start` / `pnpm db:start`)
// Resident memory is read after start and after writing 10,000 nodes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import neo4j from "neo4j-driver";
import { freePort } from "../src/bolt-probe.js";
import { resolveLocalConfig } from "../src/config.js";
import { residentMemoryMb } from "../src/process-info.js";
import { startLocalNeo4j } from "../src/server.js";

const { values } = parseArgs({
  options: {
    help: { type: "boolean", short: "h" },
    "skip-fetch": { type: "boolean" },
    runs: { type: "string", default: "3" },
  },
});
if (values.help) {
  console.log(`pnpm bench:neo4j [--runs N] [--skip-fetch]

Measures the local Neo4j: cold jar fetch from Maven Central (into a temporary local repository),
first start on an empty data folder, warm start on an existing store (N runs), stop time, and
resident memory idle and after writing 10,000 nodes.`);
  process.exit(0);
}
const runs = Math.max(1, Number(values.runs));

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rows: [string, string][] = [];
const scratch = mkdtempSync(path.join(os.tmpdir(), "claimgraph-bench-neo4j-"));

try {
  if (!values["skip-fetch"]) {
    const repo = path.join(scratch, "m2");
    const started = Date.now();
    const result = spawnSync(
      "mvn",
      [
        "-q",
        "-B",
        `-Dmaven.repo.local=${repo}`,
        "-f",
        path.resolve(import.meta.dirname, "..", "launcher", "pom.xml"),
        "dependency:copy-dependencies",
        `-DoutputDirectory=${path.join(scratch, "lib")}`,
      ],
      { stdio: "inherit" },
    );
    rows.push([
      "cold fetch of Neo4j jars (empty ~/.m2)",
      result.status === 0 ? seconds(Date.now() - started) : "failed",
    ]);
    const du = spawnSync("du", ["-sm", path.join(scratch, "lib")], { encoding: "utf8" });
    rows.push(["  jars on disk", `${du.stdout.split("\t")[0]} MiB`]);
  }

  const port = await freePort();
  const config = resolveLocalConfig(
    {},
    { port, stateDir: path.join(scratch, "state"), dataDir: path.join(scratch, "data") },
  );
  const first = await startLocalNeo4j({ config });
  rows.push(["first start (empty data folder)", seconds(first.startupMs)]);
  rows.push(["  resident memory, idle", `${residentMemoryMb(first.pid)} MiB`]);
  const driver = neo4j.driver(first.uri, neo4j.auth.basic(first.user, first.password));
  await driver.executeQuery("UNWIND range(1, 10000) AS i CREATE (:BenchNode {i: i, name: 'node ' + i})");
  await driver.close();
  rows.push(["  resident memory after 10,000 nodes", `${residentMemoryMb(first.pid)} MiB`]);
  let stopStarted = Date.now();
  await first.stop();
  rows.push(["stop (graceful)", seconds(Date.now() - stopStarted)]);

  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    const server = await startLocalNeo4j({ config });
    warm.push(server.startupMs);
    stopStarted = Date.now();
    await server.stop();
  }
  warm.sort((a, b) => a - b);
  rows.push([`warm start (existing store), median of ${runs}`, seconds(warm[Math.floor(warm.length / 2)] ?? 0)]);
  rows.push(["  min / max", `${seconds(warm[0] ?? 0)} / ${seconds(warm.at(-1) ?? 0)}`]);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const width = Math.max(...rows.map(([label]) => label.length));
console.log(
  `\nLocal Neo4j 5.26 (${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node})`,
);
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
