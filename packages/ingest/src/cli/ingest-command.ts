/**
 * pnpm ingest <files|dirs|globs|urls|-> — extracts articles and loads them into Neo4j: arguments
 * (parseIngestArgs, pure) → ingest() / resetClaimGraph() → summary and exit status. The entry that
 * runs it is ingest.ts; this module runs nothing when imported, so its parts are tested directly.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { readWebInputs, type WebStats } from "../fetch/index.js";
import { countItems } from "../input/index.js";
import { defaultPoolSize } from "../load/extract-pool/pool.js";
import {
  connect,
  connectionFromEnv,
  DEFAULT_BATCH_SIZE,
  formatProfile,
  type IngestSummary,
  ingest,
  type LoadProgress,
  QueryProfile,
  resetClaimGraph,
} from "../load/index.js";
import { parseCommandLine, positiveInt, UsageError } from "./args.js";
import { extractCommand } from "./extract-command.js";
import { formatProblems } from "./problems.js";
import { createProgress, type Progress } from "./progress.js";
import { REPO_ROOT } from "./repo-paths.js";

export const INGEST_HELP = `Usage: pnpm ingest [options] <file|dir|glob|url|feed|sitemap|warc|->...

Extracts people, organizations and claims from articles and loads them into Neo4j. Inputs: files
(.txt, .md with optional front matter, .html saved pages: main content only, .jsonl), directories,
globs, "-" (stdin); http(s) URLs of news pages, RSS/Atom feeds and sitemaps (their articles are
fetched); a file of URLs (.urls, or a .txt of URL lines); WARC archives (.warc, .warc.gz).
Re-running is safe: unchanged articles are skipped, a changed file or URL replaces its own
article (its claims and mentions, nothing else), and fetched pages come from the cache.

Options:
  --dry-run            print the document graphs (one JSON object per line) instead of loading
  --reset              delete claimgraph's data first (articles, people, organizations, claims,
                       statements; saved snapshots, analysts' corrections and old-id aliases are
                       kept, so a re-ingest gets its corrections back); asks unless --yes
  --yes, -y            do not ask before --reset
  --batch-size <n>     articles per write transaction (default ${DEFAULT_BATCH_SIZE}); each article is all-or-nothing
  --concurrency <n>    write transactions in flight at once (default 1)
  --profile-writes     after the run, print where the write time went, statement by statement
  --workers <n>        extraction threads (default: one per core, here ${defaultPoolSize()}); 0 extracts
                       on the main thread
  --cache-dir <dir>    where fetched pages are kept (default .claimgraph/fetch-cache)
  --refresh            fetch the URLs named here again (new feed items); their articles still
                       come from the cache
  --delay <ms>         between two requests to one host (default 1000)
  --timeout <s>        per request attempt (default 15)
  --help, -h           show this help

Fetching obeys robots.txt, sends 2 requests at most to one host at a time, retries twice with
backoff, follows up to 5 redirects, refuses pages over 5 MB and non-HTML content, and decodes the
charset the server or page names. Ctrl-C stops reading and fetching and stores what is under way;
run the same command again to resume (stored articles are skipped without extraction; an article
is stored whole or not at all, also after kill -9).

Connection: NEO4J_URI (default bolt://127.0.0.1:7687; neo4j+s://… for Aura or a cluster),
NEO4J_USER (neo4j), NEO4J_PASSWORD (claimgraph), NEO4J_DATABASE; from the environment or .env
at the repository root. Start the local database with \`pnpm db:start\`.

Exit status: 0 when every input was stored, 1 when any failed (each is named), 2 for bad usage.`;

export interface IngestCliOptions {
  inputs: string[];
  dryRun: boolean;
  reset: boolean;
  yes: boolean;
  batchSize: number;
  concurrency: number;
  workers: number;
  cacheDir: string;
  refresh: boolean;
  delayMs: number;
  timeoutMs: number;
  profileWrites: boolean;
}

/** The command line → options, or "help"; every mistake is a UsageError naming the option. Pure but for path.resolve. */
export function parseIngestArgs(argv: string[]): IngestCliOptions | "help" {
  const { values, positionals } = parseCommandLine(argv, {
    "dry-run": { type: "boolean", default: false },
    reset: { type: "boolean", default: false },
    yes: { type: "boolean", short: "y", default: false },
    "batch-size": { type: "string" },
    concurrency: { type: "string" },
    workers: { type: "string" },
    "cache-dir": { type: "string" },
    refresh: { type: "boolean", default: false },
    delay: { type: "string" },
    timeout: { type: "string" },
    "profile-writes": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) return "help";
  const options: IngestCliOptions = {
    inputs: positionals,
    dryRun: Boolean(values["dry-run"]),
    reset: Boolean(values.reset),
    yes: Boolean(values.yes),
    batchSize: positiveInt(values["batch-size"], "--batch-size", DEFAULT_BATCH_SIZE, 10_000),
    concurrency: positiveInt(values.concurrency, "--concurrency", 1, 64),
    workers: values.workers === "0" ? 0 : positiveInt(values.workers, "--workers", defaultPoolSize(), 256),
    cacheDir: path.resolve(
      typeof values["cache-dir"] === "string"
        ? values["cache-dir"]
        : path.join(REPO_ROOT, ".claimgraph", "fetch-cache"),
    ),
    refresh: Boolean(values.refresh),
    delayMs: values.delay === "0" ? 0 : positiveInt(values.delay, "--delay", 1000, 600_000),
    timeoutMs: positiveInt(values.timeout, "--timeout", 15, 600) * 1000,
    profileWrites: Boolean(values["profile-writes"]),
  };
  if (options.inputs.length === 0 && !options.reset) {
    throw new UsageError("no input given: name files, directories, globs, or - for stdin");
  }
  if (options.dryRun && options.reset) throw new UsageError("--dry-run and --reset do not go together");
  if (options.dryRun && options.inputs.some((spec) => /^https?:\/\/|\.warc(\.gz)?$|\.urls$/i.test(spec)))
    throw new UsageError("--dry-run reads files only: save the pages first, or ingest the URLs without --dry-run");
  return options;
}

export function formatSummary(summary: IngestSummary): string {
  const { articles, graph } = summary;
  const dropped = summary.warnings > 0 ? ` (${summary.warnings} references to unknown entities dropped)` : "";
  const repaired =
    summary.repaired > 0
      ? [
          `Repaired: ${summary.repaired} article${summary.repaired === 1 ? "" : "s"} had UTF-8 read as Windows-1252 ("FranÃ§ois"), stored as what it encodes`,
        ]
      : [];
  return [
    `Articles: ${articles.new} new, ${articles.unchanged} unchanged, ${articles.replaced} replaced, ${articles.failed} failed`,
    `Written: ${summary.claimsWritten} claims, ${summary.rowsWritten} nodes and relationships${dropped}`,
    ...repaired,
    summary.aborted
      ? "Graph now: unknown (the database went away)"
      : `Graph now: ${graph.articles} articles, ${graph.people} people, ${graph.organizations} organizations, ${graph.claims} claims`,
    ...resolutionLine(summary),
    `Time: ${(summary.elapsedMs / 1000).toFixed(1)} s (${(summary.writeMs / 1000).toFixed(1)} s in write transactions)`,
  ].join("\n");
}

/** The end-of-run passes: short forms decided again, and analyst corrections applied again (when there are any). */
export function resolutionLine(summary: Pick<IngestSummary, "rechecked" | "corrections">): string[] {
  const parts: string[] = [];
  const { rechecked, corrections } = summary;
  if (rechecked) {
    parts.push(
      `${rechecked.shortForms} short form${rechecked.shortForms === 1 ? "" : "s"} kept apart rechecked, ${rechecked.merged} merged${redecidedPart(rechecked)} (${(rechecked.ms / 1000).toFixed(1)} s)`,
    );
  }
  if (corrections && corrections.active + corrections.undone > 0) {
    parts.push(
      `${corrections.active} analyst correction${corrections.active === 1 ? "" : "s"} in force${corrections.undone ? ` (${corrections.undone} undone)` : ""}, ${corrections.moved} mention${corrections.moved === 1 ? "" : "s"} moved at the end (${(corrections.ms / 1000).toFixed(1)} s)`,
    );
  }
  return parts.length > 0 ? [`Resolution: ${parts.join("; ")}`] : [];
}

/** "; 12 earlier merges of 3 contested names decided again, 2 split off" (nothing when no name was contested). */
function redecidedPart(r: NonNullable<IngestSummary["rechecked"]>): string {
  if (!r.contested) return "";
  const merges = r.redecided ?? 0;
  return `; ${merges} earlier merge${merges === 1 ? "" : "s"} of ${r.contested} contested name${r.contested === 1 ? "" : "s"} decided again, ${r.split ?? 0} split off`;
}

export function formatFetched(stats: WebStats): string {
  return `Fetched: ${stats.fetched} pages, ${stats.fromCache} from the cache (${stats.requests} requests)`;
}

async function confirmReset(uri: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(
      `Delete all articles, people, organizations and claims in ${uri}? Snapshots, corrections and old-id aliases are kept. [y/N] `,
    );
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

export async function ingestCommand(argv: string[]): Promise<number> {
  const options = parseIngestArgs(argv);
  if (options === "help") {
    process.stdout.write(`${INGEST_HELP}\n`);
    return 0;
  }
  if (options.dryRun) return extractCommand(options.inputs, { stdout: process.stdout, stderr: process.stderr });
  const envFile = path.join(REPO_ROOT, ".env");
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const settings = connectionFromEnv();
  const driver = await connect(settings);
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
      process.stdout.write(
        `Reset: deleted ${deleted} nodes and their relationships (snapshots, corrections and old-id aliases kept).\n`,
      );
      if (options.inputs.length === 0) return 0;
    }
    let progress: Progress | undefined;
    let fetching: Progress | undefined;
    const onProgress = (p: LoadProgress) => {
      fetching?.end();
      fetching = undefined;
      progress ??= createProgress({ label: "ingest", total: p.total });
      progress.update(p.done, `${p.claims} claims${p.failed > 0 ? ` · ${p.failed} failed` : ""}`);
    };
    // Ctrl-C once: stop reading and fetching, store what is under way (a re-run resumes); twice: quit.
    const interrupt = new AbortController();
    const onSigint = () => {
      if (interrupt.signal.aborted) process.exit(130);
      process.stderr.write("\nStopping: storing what is under way (Ctrl-C again to quit now)…\n");
      interrupt.abort();
    };
    // the total for progress and its ETA, counted by a fast scan when every input is a local file
    const expected = options.inputs.some((spec) => spec === "-" || /^https?:\/\/|\.warc(\.gz)?$|\.urls$/i.test(spec))
      ? undefined
      : await countItems(options.inputs).catch(() => undefined);
    process.on("SIGINT", onSigint);
    const web = readWebInputs(options.inputs, {
      cacheDir: options.cacheDir,
      refresh: options.refresh,
      delayMs: options.delayMs,
      timeoutMs: options.timeoutMs,
      signal: interrupt.signal,
      onDocument: (stats) => {
        fetching ??= createProgress({ label: "fetch" });
        fetching.update(stats.fetched + stats.fromCache, `${stats.fromCache} from the cache`);
      },
    });
    const profile = options.profileWrites ? new QueryProfile() : undefined;
    const summary = await ingest({
      inputs: web.items,
      driver,
      connection: settings,
      batchSize: options.batchSize,
      concurrency: options.concurrency,
      workers: options.workers,
      signal: interrupt.signal,
      ...(expected === undefined ? {} : { expectedTotal: expected }),
      onProgress,
      ...(profile ? { profile } : {}),
    });
    process.off("SIGINT", onSigint);
    (progress as Progress | undefined)?.end();
    if (web.stats.requests > 0 || web.stats.fromCache > 0) process.stdout.write(`${formatFetched(web.stats)}\n`);
    process.stdout.write(`${formatSummary(summary)}\n`);
    if (profile) process.stdout.write(`${formatProfile(profile.split(), profile.table()).join("\n")}\n`);
    const problems = summary.aborted ? [...summary.failures, summary.aborted] : summary.failures;
    process.stderr.write(formatProblems(problems));
    return summary.articles.failed > 0 || summary.aborted ? 1 : 0;
  } finally {
    await driver.close();
  }
}
