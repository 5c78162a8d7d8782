#!/usr/bin/env node
/**
 * pnpm ingest <files|dirs|globs|-> — extracts articles and loads them into Neo4j.
 * A thin shell: arguments → ingest() / resetClaimGraph() → summary and exit status.
 */
import { existsSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Driver } from "neo4j-driver";
import { extractDocument } from "../extract/index.js";
import {
  connect,
  connectionFromEnv,
  DEFAULT_BATCH_SIZE,
  IngestError,
  type IngestSummary,
  ingest,
  type LoadProgress,
  resetClaimGraph,
} from "../load/index.js";
import { collect, extractSafely } from "../load/ingest.js";

const HELP = `Usage: pnpm ingest [options] <file|dir|glob|->...

Extracts people, organizations and claims from articles (.txt, .md, .html, .jsonl; "-" reads
stdin) and loads them into Neo4j. Re-running is safe: unchanged articles are skipped, a changed
file replaces its own article.

Options:
  --dry-run            print the document graphs (one JSON object per line) instead of loading
  --reset              delete claimgraph's data first (articles, people, organizations, claims;
                       saved snapshots are kept); asks for confirmation unless --yes
  --yes, -y            do not ask before --reset
  --batch-size <n>     articles per write transaction (default ${DEFAULT_BATCH_SIZE})
  --concurrency <n>    write transactions in flight at once (default 1)
  --help, -h           show this help

Connection: NEO4J_URI (default bolt://127.0.0.1:7687), NEO4J_USER (neo4j), NEO4J_PASSWORD
(claimgraph), NEO4J_DATABASE; read from the environment or .env at the repository root.
Start the local database with \`pnpm db:start\`.

Exit status: 0 when every input was stored, 1 when any failed, 2 for bad usage.`;

interface CliOptions {
  inputs: string[];
  dryRun: boolean;
  reset: boolean;
  yes: boolean;
  batchSize: number;
  concurrency: number;
}

class UsageError extends Error {}

export function parseCli(argv: string[]): CliOptions | "help" {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "dry-run": { type: "boolean", default: false },
        reset: { type: "boolean", default: false },
        yes: { type: "boolean", short: "y", default: false },
        "batch-size": { type: "string" },
        concurrency: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  const options: CliOptions = {
    inputs: positionals,
    dryRun: Boolean(values["dry-run"]),
    reset: Boolean(values.reset),
    yes: Boolean(values.yes),
    batchSize: positiveInt(values["batch-size"], "--batch-size", DEFAULT_BATCH_SIZE),
    concurrency: positiveInt(values.concurrency, "--concurrency", 1),
  };
  if (options.inputs.length === 0 && !options.reset) {
    throw new UsageError("no input given: name files, directories, globs, or - for stdin");
  }
  if (options.dryRun && options.reset) throw new UsageError("--dry-run and --reset do not go together");
  return options;
}

function positiveInt(raw: unknown, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 100_000) {
    throw new UsageError(`${name} must be a whole number from 1 to 100000 (got "${String(raw)}")`);
  }
  return value;
}

function loadEnvFile(): void {
  const file = fileURLToPath(new URL("../../../../.env", import.meta.url));
  if (existsSync(file)) process.loadEnvFile(file);
}

/** A progress bar on a terminal; a plain line every few seconds otherwise. */
function progressReporter(stream: NodeJS.WriteStream): { update: (p: LoadProgress) => void; end: () => void } {
  const tty = Boolean(stream.isTTY);
  let lastLine = 0;
  let drawn = false;
  const describe = (p: LoadProgress) => {
    const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
    const eta = rate > 0 ? Math.round((p.total - p.done) / rate) : 0;
    const etaText = `${Math.floor(eta / 60)}:${String(eta % 60).padStart(2, "0")}`;
    const failed = p.failed > 0 ? ` · ${p.failed} failed` : "";
    return {
      rate,
      text: `${p.done}/${p.total} articles · ${p.claims} claims · ${rate.toFixed(1)}/s · ETA ${etaText}${failed}`,
    };
  };
  return {
    update(p) {
      const { text } = describe(p);
      if (tty) {
        const width = 24;
        const filled = p.total > 0 ? Math.round((p.done / p.total) * width) : 0;
        stream.write(`\r\x1b[K[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${text}`);
        drawn = true;
      } else if (Date.now() - lastLine >= 2000 || p.done === p.total) {
        lastLine = Date.now();
        stream.write(`ingest: ${text}\n`);
      }
    },
    end() {
      if (tty && drawn) stream.write("\n");
    },
  };
}

function printSummary(summary: IngestSummary): void {
  const { articles, graph } = summary;
  const lines = [
    `Articles: ${articles.new} new, ${articles.unchanged} unchanged, ${articles.replaced} replaced, ${articles.failed} failed`,
    `Written: ${summary.claimsWritten} claims, ${summary.rowsWritten} nodes and relationships${summary.warnings > 0 ? ` (${summary.warnings} dropped references, see --dry-run)` : ""}`,
    summary.aborted
      ? "Graph: unknown (the database went away)"
      : `Graph now: ${graph.articles} articles, ${graph.people} people, ${graph.organizations} organizations, ${graph.claims} claims`,
    `Time: ${(summary.elapsedMs / 1000).toFixed(1)} s (${(summary.writeMs / 1000).toFixed(1)} s writing)`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  for (const failure of summary.failures) {
    process.stderr.write(`✗ ${failure.origin}: ${failure.error}\n${failure.hint ? `  → ${failure.hint}\n` : ""}`);
  }
  if (summary.aborted) {
    process.stderr.write(`✗ ${summary.aborted.origin}: ${summary.aborted.error}\n  → ${summary.aborted.hint}\n`);
  }
}

async function confirmReset(uri: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(
      `Delete all articles, people, organizations and claims in ${uri}? Snapshots are kept. [y/N] `,
    );
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

async function dryRun(options: CliOptions): Promise<number> {
  let failed = 0;
  for (const item of await collect(options.inputs)) {
    if (!item.ok) {
      failed++;
      process.stderr.write(`✗ ${item.origin}: ${item.error}\n${item.hint ? `  → ${item.hint}\n` : ""}`);
      continue;
    }
    const extracted = extractSafely(extractDocument, item.doc);
    if ("error" in extracted) {
      failed++;
      process.stderr.write(`✗ ${item.doc.origin}: ${extracted.error}\n`);
    } else process.stdout.write(`${JSON.stringify(extracted.graph)}\n`);
  }
  return failed > 0 ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const options = parseCli(argv);
  if (options === "help") {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (options.dryRun) return dryRun(options);
  loadEnvFile();
  const settings = connectionFromEnv();
  const driver: Driver = await connect(settings);
  try {
    if (options.reset) {
      if (!options.yes && !(await confirmReset(settings.uri))) {
        process.stderr.write(
          process.stdin.isTTY
            ? "Nothing deleted.\n"
            : "--reset needs --yes when not run from a terminal; nothing deleted.\n",
        );
        return 1;
      }
      const deleted = await resetClaimGraph(driver, settings.database);
      process.stdout.write(`Reset: deleted ${deleted} nodes (snapshots kept).\n`);
      if (options.inputs.length === 0) return 0;
    }
    const progress = progressReporter(process.stderr);
    const summary = await ingest({
      inputs: options.inputs,
      driver,
      connection: settings,
      batchSize: options.batchSize,
      concurrency: options.concurrency,
      onProgress: progress.update,
    });
    progress.end();
    printSummary(summary);
    return summary.articles.failed > 0 || summary.aborted ? 1 : 0;
  } finally {
    await driver.close();
  }
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`pnpm ingest: ${error.message}\nRun pnpm ingest --help for usage.\n`);
        process.exitCode = 2;
      } else if (error instanceof IngestError) {
        process.stderr.write(`✗ ${error.message}\n${error.hint ? `  → ${error.hint}\n` : ""}`);
        process.exitCode = 1;
      } else {
        throw error;
      }
    },
  );
}
