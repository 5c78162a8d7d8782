// pnpm bench:extract — extraction throughput on PolNeAR train (840 articles) with one worker and
// with all cores (worker_threads), and memory sampled after 1×, 2×, 4×… passes over the corpus
// to show it stays flat. Prints a table and writes artifacts/bench-extract.json.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { parseCommandLine, positiveInt, UsageError } from "../src/cli/args.js";
import { parseClaimUnit } from "../src/cli/extract-command.js";
import { formatProblems, type Problem } from "../src/cli/problems.js";
import { POLNEAR_TRAIN } from "../src/cli/repo-paths.js";
import { CommandError, runMain } from "../src/cli/run-main.js";
import { type ClaimUnit, EXTRACTOR_VERSION } from "../src/extract/index.js";
import { readInputs } from "../src/input/index.js";
import type { InputDocument } from "../src/input/types.js";
import { ExtractPool } from "./extract-pool.js";

const HELP = `Usage: pnpm bench:extract [options] [corpus...]

Measures extraction throughput (articles/s, MB/s of UTF-8 text) with one worker thread and with
one per core, and memory (process RSS, V8 heap of the main thread and the workers) after 1×, 2×,
4×, … passes over the corpus, to show that it stays flat. One untimed pass warms the workers up
first. Default corpus: ${POLNEAR_TRAIN} (any inputs pnpm extract takes work too).

Options:
  --repeat <n>    passes over the corpus per pool size (default 4)
  --workers <n>   the "all cores" pool size (default: os.availableParallelism() = ${os.availableParallelism()})
  --unit <u>      claim unit: quotation (default, what pnpm ingest loads) or attribution (PolNeAR's,
                  where the learned cue detector also runs)
  --help, -h      show this help

Writes artifacts/bench-extract.json at the repository root.`;

const ARTIFACT = fileURLToPath(new URL("../../../artifacts/bench-extract.json", import.meta.url));
const MB = 1024 * 1024;

interface MemorySample {
  pass: number;
  rss: number;
  mainHeap: number;
  workerHeap: number;
}

interface PoolResult {
  workers: number;
  passes: number;
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  mbPerSecond: number;
  claimsPerPass: number[];
  secondsPerPass: number[];
  memory: MemorySample[];
  peakRss: number;
}

async function loadCorpus(specs: string[]): Promise<InputDocument[]> {
  const docs: InputDocument[] = [];
  const problems: Problem[] = [];
  for await (const item of readInputs(specs)) {
    if (item.ok) docs.push(item.doc);
    else problems.push(item);
  }
  if (problems.length > 0) process.stderr.write(formatProblems(problems, 5));
  if (docs.length === 0)
    throw new CommandError(`no articles in ${specs.join(", ")}`, "give a corpus: pnpm bench:extract file.jsonl");
  return docs;
}

/** Pass numbers at which memory is sampled: 1, 2, 4, … and the last. */
function samplePoints(repeat: number): Set<number> {
  const points = new Set<number>([repeat]);
  for (let p = 1; p <= repeat; p *= 2) points.add(p);
  return points;
}

async function runPool(
  workers: number,
  docs: InputDocument[],
  repeat: number,
  bytes: number,
  unit: ClaimUnit,
): Promise<PoolResult> {
  const pool = new ExtractPool(workers);
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 50);
  try {
    await pool.load(docs, unit);
    await pool.pass(docs.length); // warm-up: one whole untimed pass, so every worker's JIT has seen it all
    const points = samplePoints(repeat);
    const memory: MemorySample[] = [];
    const claimsPerPass: number[] = [];
    const secondsPerPass: number[] = [];
    let ms = 0;
    let articles = 0;
    for (let pass = 1; pass <= repeat; pass++) {
      const result = await pool.pass(docs.length);
      ms += result.ms;
      articles += result.articles;
      claimsPerPass.push(result.claims);
      secondsPerPass.push(result.ms / 1000);
      process.stderr.write(
        `bench:extract: ${workers} worker(s), pass ${pass}/${repeat}: ${(result.ms / 1000).toFixed(1)} s\n`,
      );
      if (points.has(pass)) {
        const usage = process.memoryUsage();
        peakRss = Math.max(peakRss, usage.rss);
        memory.push({
          pass,
          rss: usage.rss,
          mainHeap: usage.heapUsed,
          workerHeap: pool.workerHeaps.reduce((a, b) => a + b, 0),
        });
      }
    }
    const seconds = ms / 1000;
    return {
      workers,
      passes: repeat,
      articles,
      seconds,
      articlesPerSecond: articles / seconds,
      mbPerSecond: (bytes * repeat) / MB / seconds,
      claimsPerPass,
      secondsPerPass,
      memory,
      peakRss,
    };
  } finally {
    clearInterval(sampler);
    await pool.close();
  }
}

function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows.map((r) => r.map((cell, c) => cell.padStart(widths[c] ?? 0)).join("  ")).join("\n");
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

function report(results: PoolResult[], corpus: string, docs: number, bytes: number): string {
  const load = os.loadavg()[0] ?? 0;
  const busy =
    load > os.availableParallelism() ? " (above the core count: other work shared the CPU, the figures are low)" : "";
  const head = `Corpus: ${corpus}: ${docs} articles, ${(bytes / MB).toFixed(1)} MB UTF-8; extractor ${EXTRACTOR_VERSION}; Node ${process.version}; ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? "?"}), load average ${load.toFixed(1)} at the end${busy}`;
  const throughput = table([
    ["workers", "passes", "articles", "seconds", "articles/s", "MB/s", "fastest pass", "claims/pass"],
    ...results.map((r) => [
      String(r.workers),
      String(r.passes),
      String(r.articles),
      r.seconds.toFixed(1),
      r.articlesPerSecond.toFixed(1),
      r.mbPerSecond.toFixed(2),
      `${(r.articles / r.passes / Math.min(...r.secondsPerPass)).toFixed(1)}/s`,
      [...new Set(r.claimsPerPass)].join(" / "),
    ]),
  ]);
  const passes = results[0]?.memory.map((m) => m.pass) ?? [];
  const memory = table([
    ["workers", ...passes.map((p) => `after ${p}× (RSS / heap main+workers)`), "peak RSS"],
    ...results.map((r) => [
      String(r.workers),
      ...r.memory.map((m) => `${mb(m.rss)} / ${mb(m.mainHeap)}+${mb(m.workerHeap)}`),
      mb(r.peakRss),
    ]),
  ]);
  return `${head}\n\nThroughput (timed passes only, after a warm-up)\n${throughput}\n\nMemory\n${memory}\n`;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    repeat: { type: "string" },
    workers: { type: "string" },
    unit: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const repeat = positiveInt(values.repeat, "--repeat", 4, 1000);
  const allCores = positiveInt(values.workers, "--workers", os.availableParallelism(), 256);
  const unit = parseClaimUnit(values.unit) ?? "quotation";
  const specs = positionals.length > 0 ? positionals : [POLNEAR_TRAIN];
  if (positionals.length === 0 && !existsSync(POLNEAR_TRAIN)) {
    throw new UsageError(`the default corpus ${POLNEAR_TRAIN} is missing; name a corpus to use instead`);
  }
  const docs = await loadCorpus(specs);
  const bytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0);
  const results: PoolResult[] = [];
  for (const workers of [...new Set([1, allCores])]) results.push(await runPool(workers, docs, repeat, bytes, unit));
  process.stdout.write(report(results, specs.join(", "), docs.length, bytes));
  mkdirSync(fileURLToPath(new URL("../../../artifacts/", import.meta.url)), { recursive: true });
  const artifact = {
    corpus: specs,
    articles: docs.length,
    bytes,
    extractor: EXTRACTOR_VERSION,
    claimUnit: unit,
    node: process.version,
    cores: os.availableParallelism(),
    loadAverage: os.loadavg(),
    results,
  };
  writeFileSync(ARTIFACT, `${JSON.stringify(artifact, null, 2)}\n`);
  process.stdout.write(`Wrote ${ARTIFACT}\n`);
  return 0;
}

runMain("bench:extract", main);
