// pnpm bench:ingest — PolNeAR train (840 articles) and a 10× copy (8,400 distinct articles: ids
// and text varied), each measured three ways into an empty database:
//   pipeline  `ingest()` as `pnpm ingest` runs it (read → extract → resolve → load), wall clock;
//   load      the load phase alone: `loadDocumentGraphs` of the same graphs, extracted beforehand;
//   floor     the same rows written by plain UNWIND … CREATE (no MERGE, locks or resolution) in
//             batches of the same size, with the same constraints and indexes: once the claim graph
//             alone (the floor since 2026-11-26), once with the statement stage's rows too
//             (Statement, REPORTS, Wording as the load ends with them, floor-statements.ts).
// Reports articles/s, rows/s, load ÷ floor and 10× ÷ 1×. Starts its own Neo4j on a scratch folder
// (port 7734 unless --port), or uses --uri.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { separateConfig, startLocalNeo4j } from "@claimgraph/neo4j-local";
import { connectionFromEnv, NODE_LABELS as L, REL_TYPES as R } from "@claimgraph/schema";
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { EXTRACTOR_VERSION, extractDocument } from "../src/extract/index.js";
import type { InputItem } from "../src/input/types.js";
import {
  type ArticleRows,
  buildArticleRows,
  connect,
  DEFAULT_BATCH_SIZE,
  EntityIndex,
  ensureSchema,
  ingest,
  type LoadableArticle,
  type LoadSummary,
  loadDocumentGraphs,
  resetClaimGraph,
} from "../src/load/index.js";
import { collect, extractSafely, toLoadable } from "../src/load/ingest.js";
import { CREATE_REPORTS, CREATE_STATEMENTS, CREATE_WORDINGS } from "../src/load/statements/cypher.js";
import { plannedStatementRows, type StatementFloorBatch } from "./floor-statements.js";

const { values } = parseArgs({
  options: {
    help: { type: "boolean", short: "h" },
    port: { type: "string", default: "7734" },
    uri: { type: "string" },
    copies: { type: "string", default: "10" },
    "batch-size": { type: "string", default: String(DEFAULT_BATCH_SIZE) },
    concurrency: { type: "string", default: "1" },
    "statements-overhead": { type: "boolean" },
    repeat: { type: "string", default: "3" },
  },
});
if (values.help) {
  console.log(`pnpm bench:ingest [--copies 10] [--batch-size ${DEFAULT_BATCH_SIZE}] [--concurrency 1] [--statements-overhead [--repeat 3]] [--port 7734 | --uri bolt://…]

Loads PolNeAR train (<repo>/../shared/dev/polnear-train.jsonl) and an N× copy into an empty
database with the real pipeline (read, extract, resolve, load), then writes the same rows with
plain UNWIND … CREATE as a floor (once the claim graph alone, once with the statements' rows
too), and the load once more without the statement stage (so what
resolution and the rest cost is read against the floor in the same run). Without --uri it starts a
scratch Neo4j on --port and removes it afterwards; with --uri (NEO4J_USER/NEO4J_PASSWORD) it
DELETES claimgraph's data there. Writes artifacts/bench-ingest.json.

--statements-overhead: the load phase alone, without the statement stage, with it and the loader's
statement cache off (every speaker looked up in the graph), and with it as shipped, alternated
--repeat times on the same extracted graphs; the medians are compared (one run of each varied by
±30% on this machine). Writes artifacts/bench-statements-overhead.json.`);
  process.exit(0);
}

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const TRAIN = path.resolve(REPO_ROOT, "..", "shared", "dev", "polnear-train.jsonl");
const copies = Math.max(1, Number(values.copies));
const batchSize = Math.max(1, Number(values["batch-size"]));
const repeat = Math.max(1, Number(values.repeat));
const concurrency = Math.max(1, Number(values.concurrency));

if (!existsSync(TRAIN)) {
  console.error(`pnpm bench:ingest: ${TRAIN} is missing (PolNeAR lives outside the repository, in ../shared/dev).`);
  process.exit(1);
}

interface RunResult {
  articles: number;
  /** Whole pipeline, wall clock. */
  totalMs: number;
  /** Extraction alone (single thread), for reference. */
  extractMs: number;
  /** Load phase alone: loadDocumentGraphs of pre-extracted graphs into an empty database. */
  loadMs: number;
  /** The same load without the statement stage (issue 18), to read resolution's cost against the floor. */
  bareLoadMs: number;
  rows: number;
  floorMs: number;
  /** The floor with the statement stage's rows too (the same rows the load ends with). */
  fullFloorMs: number;
  summary: LoadSummary;
}

/** The same rows the loader writes, with plain CREATE in batches of the same size. */
async function writeFloor(
  driver: Driver,
  batches: ArticleRows[][],
  statements?: StatementFloorBatch[],
): Promise<number> {
  const created = new Set<string>();
  const int = (v: number | null) => (v === null ? null : neo4j.int(v));
  const started = Date.now();
  for (const [b, batch] of batches.entries()) {
    const session = driver.session();
    try {
      await session.executeWrite(async (tx: ManagedTransaction) => {
        const run = (q: string, rows: unknown[]) => (rows.length > 0 ? tx.run(q, { rows }) : Promise.resolve());
        const all = <K extends Exclude<keyof ArticleRows, "article" | "warnings">>(k: K) =>
          batch.flatMap((r) => r[k] as unknown[]) as ArticleRows[K];
        await run(
          `UNWIND $rows AS row CREATE (a:${L.Article}) SET a = row.props, a.id = row.id, a.ingestedAt = row.now`,
          batch.map((r) => ({ ...r.article, now: new Date().toISOString() })),
        );
        const fresh = all("entities").filter((e) => !created.has(e.id) && created.add(e.id));
        for (const label of ["Person", "Organization"] as const) {
          await run(
            `UNWIND $rows AS row CREATE (e:${L[label]} {id: row.id, name: row.name, kind: row.kind, aliases: row.forms, searchText: row.name})`,
            fresh.filter((e) => e.label === label),
          );
        }
        await run(
          `UNWIND $rows AS row CREATE (:${L.Person}:${L.Anonymous} {id: row.id, name: row.name, articleId: row.articleId})`,
          all("anonymous"),
        );
        await run(
          `UNWIND $rows AS row MATCH (a:${L.Article} {id: row.article})
           CREATE (c:${L.Claim} {id: row.id, text: row.text, kind: row.kind, cue: row.cue, articleId: row.article, anonymous: row.anonymous})
           CREATE (c)-[:${R.REPORTED_IN} {start: row.start, end: row.end, cueStart: row.cueStart, cueEnd: row.cueEnd, speakerStart: row.speakerStart, speakerEnd: row.speakerEnd}]->(a)`,
          all("claims").map((c) => ({
            ...c,
            start: int(c.start),
            end: int(c.end),
            cueStart: int(c.cueStart),
            cueEnd: int(c.cueEnd),
            speakerStart: int(c.speakerStart),
            speakerEnd: int(c.speakerEnd),
          })),
        );
        for (const label of ["Person", "Organization"] as const) {
          await run(
            `UNWIND $rows AS row MATCH (e:${L[label]} {id: row.entity}) MATCH (a:${L.Article} {id: row.article})
             CREATE (e)-[:${R.MENTIONED_IN} {count: row.count, spans: row.spans, forms: row.forms, resolution: row.resolution}]->(a)`,
            all("mentions")
              .filter((m) => m.label === label)
              .map((m) => ({ ...m, count: int(m.count), spans: m.spans.map(int) })),
          );
          await run(
            `UNWIND $rows AS row MATCH (e:${L[label]} {id: row.entity}) MATCH (c:${L.Claim} {id: row.claim}) CREATE (e)-[:${R.SAID}]->(c)`,
            all("said").filter((s) => s.label === label),
          );
          await run(
            `UNWIND $rows AS row MATCH (c:${L.Claim} {id: row.claim}) MATCH (e:${L[label]} {id: row.entity}) CREATE (c)-[:${R.ABOUT}]->(e)`,
            all("about").filter((s) => s.label === label),
          );
        }
        await run(
          `UNWIND $rows AS row MATCH (c:${L.Claim} {id: row.claim}) MATCH (e:${L.Organization} {id: row.entity}) CREATE (c)-[:${R.VIA}]->(e)`,
          all("via"),
        );
        await run(
          `UNWIND $rows AS row MATCH (p:${L.Person} {id: row.person}) MATCH (o:${L.Organization} {id: row.organization})
           CREATE (p)-[:${R.AFFILIATED_WITH} {role: row.role, former: row.former, articleId: row.articleId}]->(o)`,
          all("affiliations"),
        );
        // The statement stage's rows, when asked: statements as they end, their reports and wordings.
        const planned = statements?.[b];
        if (planned) {
          await run(CREATE_STATEMENTS, planned.statements);
          await run(CREATE_REPORTS, planned.reports);
          await run(CREATE_WORDINGS, planned.wordings);
        }
      });
    } finally {
      await session.close();
    }
  }
  return Date.now() - started;
}

/** The articles with their document graphs, extracted once (the load phase and the floor start from these). */
function extractAll(items: InputItem[]): LoadableArticle[] {
  const articles: LoadableArticle[] = [];
  for (const item of items) {
    if (!item.ok) continue;
    const extracted = extractSafely(extractDocument, item.doc);
    if (!("error" in extracted)) articles.push(toLoadable(item.doc, extracted.graph));
  }
  return articles;
}

/** The rows the loader writes for these articles (same order, empty graph to start with), in batches. */
function plannedRows(articles: LoadableArticle[]): ArticleRows[][] {
  const index = new EntityIndex();
  const rows: ArticleRows[] = [];
  const seen = new Set<string>();
  for (const article of articles) {
    try {
      const built = buildArticleRows(article, index, EXTRACTOR_VERSION);
      if (!seen.has(built.article.id)) rows.push(built); // the loader skips a repeated text too
      seen.add(built.article.id);
    } catch {
      // counted as failed by the loader too
    }
  }
  const batches: ArticleRows[][] = [];
  for (let i = 0; i < rows.length; i += batchSize) batches.push(rows.slice(i, i + batchSize));
  return batches;
}

function copiesOf(items: InputItem[], n: number): InputItem[] {
  if (n === 1) return items;
  const out: InputItem[] = [];
  for (let k = 0; k < n; k++) {
    for (const item of items) {
      if (!item.ok) continue;
      out.push({
        ok: true,
        doc: {
          ...item.doc,
          id: `${item.doc.id}#copy${k}`,
          origin: `${item.doc.origin}#copy${k}`,
          text: `${item.doc.text}\n\n[copy ${k}]`,
        },
      });
    }
  }
  return out;
}

/** Loads the document graphs into an emptied database, with or without the statement stage: the summary and the load's time. */
async function loadIntoEmpty(
  driver: Driver,
  articles: LoadableArticle[],
  statements: boolean,
  statementCacheSize?: number,
): Promise<{ summary: LoadSummary; ms: number }> {
  await resetClaimGraph(driver);
  const started = Date.now();
  const summary = await loadDocumentGraphs(driver, articles, {
    batchSize,
    concurrency,
    extractorVersion: EXTRACTOR_VERSION,
    statements,
    ...(statementCacheSize !== undefined ? { statementCacheSize } : {}),
  });
  return { summary, ms: Date.now() - started };
}

async function measure(driver: Driver, items: InputItem[], label: string): Promise<RunResult> {
  // 1. The whole pipeline, as `pnpm ingest` runs it: read → extract → resolve → load.
  await resetClaimGraph(driver);
  let lastLine = 0;
  const started = Date.now();
  const summary = await ingest({
    inputs: items,
    driver,
    batchSize,
    concurrency,
    onProgress: (p) => {
      if (Date.now() - lastLine > 10_000) {
        lastLine = Date.now();
        console.log(`  ${label}: ${p.done}/${p.total} articles, ${p.claims} claims`);
      }
    },
  });
  const totalMs = Date.now() - started;
  if (summary.articles.failed > 0)
    console.log(`  ${label}: ${summary.articles.failed} failed, e.g. ${summary.failures[0]?.error}`);
  // 2. The load phase alone: the same document graphs, extracted beforehand, into an empty database.
  const extractStarted = Date.now();
  const articles = extractAll(items);
  const extractMs = Date.now() - extractStarted;
  const { summary: loaded, ms: loadMs } = await loadIntoEmpty(driver, articles, true);
  // 2b. The load phase without the statement stage (issue 18's own cost), so resolution's share is read in the same run.
  const { ms: bareLoadMs } = await loadIntoEmpty(driver, articles, false);
  // 3. The floor: the same rows with plain UNWIND … CREATE into an empty database.
  const batches = plannedRows(articles);
  await resetClaimGraph(driver);
  const floorMs = await writeFloor(driver, batches);
  // 3b. The floor with the statement stage's rows too (Statement, REPORTS, Wording), so the whole load is read against the same rows.
  await resetClaimGraph(driver);
  const fullFloorMs = await writeFloor(driver, batches, plannedStatementRows(batches));
  await resetClaimGraph(driver);
  return {
    articles: summary.articles.new,
    totalMs,
    extractMs,
    loadMs,
    bareLoadMs,
    rows: loaded.rowsWritten,
    floorMs,
    fullFloorMs,
    summary,
  };
}

/**
 * The load phase without the statement stage, with it looking every speaker up in the graph (the
 * loader's statement cache off), and with it as shipped (same graphs, empty database each time),
 * alternated `times` times: medians.
 */
async function statementsOverhead(driver: Driver, items: InputItem[], label: string, times: number) {
  const articles = extractAll(items);
  const time = async (statements: boolean, statementCacheSize?: number) => {
    const { summary, ms } = await loadIntoEmpty(driver, articles, statements, statementCacheSize);
    const counts = await driver.executeQuery(
      `MATCH (s:${L.Statement}) RETURN count(s) AS statements, max(s.reports) AS largest`,
    );
    return {
      ms,
      articles: summary.articles.new,
      statements: Number(counts.records[0]?.get("statements") ?? 0),
      largest: Number(counts.records[0]?.get("largest") ?? 0),
    };
  };
  type Run = Awaited<ReturnType<typeof time>>;
  const offRuns: Run[] = [];
  const uncachedRuns: Run[] = [];
  const onRuns: Run[] = [];
  for (let i = 0; i < times; i++) {
    offRuns.push(await time(false));
    uncachedRuns.push(await time(true, 0));
    onRuns.push(await time(true));
  }
  await resetClaimGraph(driver);
  const median = (runs: Run[]) => {
    const sorted = [...runs].sort((a, b) => a.ms - b.ms);
    return sorted[Math.floor(sorted.length / 2)] as Run;
  };
  const off = median(offRuns);
  const uncached = median(uncachedRuns);
  const on = median(onRuns);
  const seconds = (runs: Run[]) => runs.map((r) => (r.ms / 1000).toFixed(1)).join(" / ");
  const added = (r: Run) => `+${(((r.ms - off.ms) / off.ms) * 100).toFixed(1)}%`;
  console.log(
    `${label.padEnd(7)} ${String(on.articles).padStart(6)} articles  load without statements ${(off.ms / 1000).toFixed(1)} s (${seconds(offRuns)}), ` +
      `with, cache off ${(uncached.ms / 1000).toFixed(1)} s (${seconds(uncachedRuns)}) = ${added(uncached)}, ` +
      `with ${(on.ms / 1000).toFixed(1)} s (${seconds(onRuns)}) = ${added(on)}  (${on.statements} statements, largest ${on.largest} reports` +
      `${uncached.statements === on.statements ? "" : `; ${uncached.statements} with the cache off`})`,
  );
  return {
    off,
    uncached,
    on,
    offRuns: offRuns.map((r) => r.ms),
    uncachedRuns: uncachedRuns.map((r) => r.ms),
    onRuns: onRuns.map((r) => r.ms),
  };
}

const scratch = values.uri ? null : mkdtempSync(path.join(os.tmpdir(), "claimgraph-bench-ingest-"));
const server = scratch
  ? await startLocalNeo4j({
      config: separateConfig(scratch, Number(values.port), "claimgraph-bench", { heapMb: 1024, pageCacheMb: 256 }),
      attached: true,
    })
  : null;
const driver = await connect({
  uri: server?.uri ?? (values.uri as string),
  user: server?.user ?? connectionFromEnv().user,
  password: server?.password ?? connectionFromEnv().password,
});
try {
  await ensureSchema(driver);
  const train = (await collect([TRAIN])).filter((item) => item.ok);
  console.log(`PolNeAR train: ${train.length} articles; batch size ${batchSize}, concurrency ${concurrency}`);
  // Warm-up, discarded: a whole 1× pass, so query plans are cached, both JITs are warm and the store
  // files have grown once; otherwise whichever run comes first pays for that (it was 3× slower).
  if (values["statements-overhead"]) {
    await statementsOverhead(driver, train, "warm-up", 1);
    const one = await statementsOverhead(driver, train, "1×", repeat);
    const many = await statementsOverhead(driver, copiesOf(train, copies), `${copies}×`, repeat);
    console.log(
      `with statements: ${copies}× load ÷ 1× load = ${(many.on.ms / one.on.ms).toFixed(2)} (target ≤ ${copies + 1}); without: ${(many.off.ms / one.off.ms).toFixed(2)}`,
    );
    mkdirSync(path.join(REPO_ROOT, "artifacts"), { recursive: true });
    writeFileSync(
      path.join(REPO_ROOT, "artifacts", "bench-statements-overhead.json"),
      `${JSON.stringify({ date: new Date().toISOString(), loadAverage: os.loadavg(), batchSize, concurrency, copies, repeat, one, many }, null, 2)}
`,
    );
    process.exitCode = 0;
  } else {
    await measure(driver, train, "warm-up");
    const one = await measure(driver, train, "1×");
    const many = await measure(driver, copiesOf(train, copies), `${copies}×`);
    const line = (name: string, r: RunResult) =>
      `${name.padEnd(5)} ${String(r.articles).padStart(6)} articles  ${(r.totalMs / 1000).toFixed(1).padStart(6)} s  ` +
      `${((r.articles * 1000) / r.totalMs).toFixed(1).padStart(6)} articles/s  ${String(r.rows).padStart(8)} rows  ` +
      `extract ${(r.extractMs / 1000).toFixed(1)} s  load ${(r.loadMs / 1000).toFixed(1)} s = ${((r.rows * 1000) / r.loadMs).toFixed(0)} rows/s  ` +
      `floor ${(r.floorMs / 1000).toFixed(1)} s  load/floor ${(r.loadMs / r.floorMs).toFixed(2)}  ` +
      `(without statements ${(r.bareLoadMs / 1000).toFixed(1)} s = ${(r.bareLoadMs / r.floorMs).toFixed(2)}× floor; ` +
      `floor with the statement rows ${(r.fullFloorMs / 1000).toFixed(1)} s: load/that floor ${(r.loadMs / r.fullFloorMs).toFixed(2)})`;
    console.log(line("1×", one));
    console.log(line(`${copies}×`, many));
    console.log(`${copies}× time ÷ 1× time: ${(many.totalMs / one.totalMs).toFixed(2)} (target ≤ ${copies + 1})`);
    const report = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model },
      batchSize,
      concurrency,
      runs: Object.fromEntries(
        [
          ["1x", one],
          [`${copies}x`, many],
        ].map(([name, r]) => {
          const { summary, ...rest } = r as RunResult;
          return [
            name,
            {
              ...rest,
              articlesPerSecond: (rest.articles * 1000) / rest.totalMs,
              rowsPerSecond: (rest.rows * 1000) / rest.loadMs,
              loadOverFloor: rest.loadMs / rest.floorMs,
              loadOverFullFloor: rest.loadMs / rest.fullFloorMs,
              graph: summary.graph,
            },
          ];
        }),
      ),
      scaling: many.totalMs / one.totalMs,
    };
    mkdirSync(path.join(REPO_ROOT, "artifacts"), { recursive: true });
    writeFileSync(path.join(REPO_ROOT, "artifacts", "bench-ingest.json"), `${JSON.stringify(report, null, 2)}\n`);
  }
} finally {
  await driver.close();
  await server?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
