import { randomUUID } from "node:crypto";
import type { Driver } from "neo4j-driver";
import type { LoadableArticle } from "./article.js";
import { buildArticleRows } from "./build-rows.js";
import { describeConnectionError, isConnectionLost } from "./connection.js";
import {
  CLEAR_RECHECK_PENDING,
  GRAPH_COUNTS,
  KNOWN_ARTICLES,
  KNOWN_ENTITIES,
  PENDING_RECHECK_NAMES,
  PENDING_RECHECK_RUNS,
} from "./cypher.js";
import { EntityIndex, type KnownEntity } from "./entity-index.js";
import { IngestError } from "./errors.js";
import type { QueryProfile } from "./query-profile.js";
import { foldRecords } from "./read-stream.js";
import { applyCorrections, readCorrections } from "./resolve/apply-corrections.js";
import { CorrectionBook } from "./resolve/corrections.js";
import { recheckShortForms } from "./resolve/recheck.js";
import { StringPool } from "./resolve/string-pool.js";
import { type ArticleRows, rowCount } from "./rows.js";
import { ensureSchema } from "./schema.js";
import { StatementCache } from "./statements/statement-cache.js";
import type { LoadFailure, LoadProgress, LoadSummary } from "./summary.js";
import { type ArticleOutcome, writeBatch } from "./write-batch.js";
import { articleWriteFailure, doNotRetryMemoryLimits, tooManyRows } from "./write-errors.js";

export interface LoaderOptions {
  /** Articles per write transaction (each article is all-or-nothing). Default 50. */
  batchSize?: number;
  /** Write transactions in flight at once. Default 1. */
  concurrency?: number;
  /** Stored on each article; a different version re-loads an article whose text did not change. */
  extractorVersion?: string;
  database?: string | undefined;
  /** For messages: the URI the driver talks to. */
  uri?: string;
  onProgress?: (progress: LoadProgress) => void;
  /** Group claims into statements and find disputes as batches are written (default true; the bench turns it off to measure it). */
  statements?: boolean;
  /**
   * How many statements this loader keeps of what it wrote, so that its later batches group a
   * speaker's claims without looking them up (statements/statement-cache.ts). 0 turns it off;
   * it is used only with concurrency 1. Default 50,000.
   */
  statementCacheSize?: number;
  /** Records where the write time goes, statement by statement (`--profile-writes`). */
  profile?: QueryProfile;
  /** Kept short forms the end-of-run pass reads and decides per page (default 5,000; resolve/recheck.ts). */
  recheckPageSize?: number;
}

export const DEFAULT_BATCH_SIZE = 50;
export const DEFAULT_STATEMENT_CACHE_SIZE = 50_000;

/**
 * Loads articles into Neo4j in batches of whole articles. Entity resolution happens here, in
 * input order, against everything already in the graph; writes may then run concurrently.
 * Call `start()`, then `add()` as articles come, then `finish()`.
 */
export class GraphLoader {
  private index = new EntityIndex();
  private corrections = new CorrectionBook();
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly extractorVersion: string;
  private readonly token = randomUUID();
  private readonly statementCache: StatementCache | undefined;
  /** Killed runs whose articles this run's end-of-run pass weighs (`adoptPendingRuns`). */
  private pendingRuns: string[] = [];
  private readonly started = Date.now();
  private pending: ArticleRows[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly origins = new Map<string, string>();
  /** This run's article ids (a duplicate inside one run is skipped): a `StringPool`, ~50 bytes an article. */
  private readonly seen = new StringPool();
  private stopped: LoadFailure | undefined;
  private total = 0;
  private readonly summary: Omit<LoadSummary, "graph" | "elapsedMs"> = {
    articles: { new: 0, unchanged: 0, replaced: 0, failed: 0 },
    failures: [],
    claimsWritten: 0,
    rowsWritten: 0,
    warnings: 0,
    repaired: 0,
    writeMs: 0,
  };

  constructor(
    private readonly driver: Driver,
    private readonly options: LoaderOptions = {},
  ) {
    this.batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
    this.concurrency = Math.max(1, options.concurrency ?? 1);
    const cacheSize = options.statementCacheSize ?? DEFAULT_STATEMENT_CACHE_SIZE;
    if ((options.statements ?? true) && this.concurrency === 1 && cacheSize > 0)
      this.statementCache = new StatementCache(cacheSize);
    this.extractorVersion = options.extractorVersion ?? "unversioned";
  }

  /** Creates the schema if needed and reads the entities already in the graph. */
  async start(): Promise<void> {
    try {
      await ensureSchema(this.driver, this.options.database);
      // Streamed into the index record by record: a graph of a million entities is never held as records.
      this.index = await foldRecords(
        this.driver,
        this.options.database,
        KNOWN_ENTITIES,
        {},
        () => new EntityIndex(),
        (index, r) =>
          index.know({
            id: r.get("id") as string,
            label: r.get("label") as KnownEntity["label"],
            name: r.get("name") as string,
            aliases: r.get("aliases") as string[],
            articles: Number(r.get("articles")),
          }),
      );
      this.corrections = new CorrectionBook(await readCorrections(this.driver, this.options.database));
      await this.adoptPendingRuns();
    } catch (error) {
      throw this.databaseError(error);
    }
  }

  /**
   * A run killed before its end-of-run pass left articles the pass never weighed: their people's
   * names count as changed in this run, so this run's pass decides again what they put in doubt, as
   * the killed run would have (a crash and a re-run end with what one clean run makes).
   */
  private async adoptPendingRuns(): Promise<void> {
    const read = { database: this.options.database, routing: "READ" as const };
    const runs = await this.driver.executeQuery(PENDING_RECHECK_RUNS, {}, read);
    this.pendingRuns = runs.records.map((r) => r.get("run") as string);
    if (this.pendingRuns.length === 0) return;
    const names = await this.driver.executeQuery(PENDING_RECHECK_NAMES, { runs: this.pendingRuns }, read);
    this.index.markChanged(names.records.map((r) => r.get("name") as string));
  }

  /** This run's articles and the killed runs' it adopted are weighed: clear their mark. */
  private async clearPendingRuns(): Promise<void> {
    const runs = [...this.pendingRuns, this.token];
    for (let cleared = 1; cleared > 0; ) {
      const result = await this.driver.executeQuery(
        CLEAR_RECHECK_PENDING,
        { runs },
        { database: this.options.database },
      );
      cleared = Number(result.records[0]?.get("cleared") ?? 0);
    }
  }

  /** Of these article ids, the ones already loaded by this extractor version (no need to extract them). */
  async known(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    try {
      const result = await this.driver.executeQuery(
        KNOWN_ARTICLES,
        { ids, extractorVersion: this.extractorVersion },
        { database: this.options.database, routing: "READ" },
      );
      return new Set(result.records.map((r) => r.get("id") as string));
    } catch (error) {
      throw this.databaseError(error);
    }
  }

  /** Counts inputs the caller will hand over (for progress); `add` and `skip` count themselves otherwise. */
  expect(count: number): void {
    this.total += count;
  }

  /** An input that was already stored (found by `known`). */
  skip(count = 1): void {
    this.summary.articles.unchanged += count;
    this.report();
  }

  /** An input that could not be read or extracted. */
  fail(failure: LoadFailure): void {
    this.summary.articles.failed++;
    this.summary.failures.push(failure);
    this.report();
  }

  /** Queues one article; writes a batch when one is full (waiting while `concurrency` writes are in flight). */
  async add(article: LoadableArticle, origin = article.sourceKey): Promise<void> {
    if (this.stopped) return;
    let rows: ArticleRows;
    try {
      rows = buildArticleRows(article, this.index, this.extractorVersion, this.corrections);
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      this.fail({ origin, error: error.message, hint: error.hint });
      return;
    }
    const oversized = tooManyRows(origin, rowCount(rows));
    if (oversized) {
      this.fail(oversized);
      return;
    }
    if (this.seen.find(rows.article.id) >= 0) {
      this.skip();
      return;
    }
    this.seen.intern(rows.article.id);
    this.origins.set(rows.article.id, origin);
    this.summary.warnings += rows.warnings.length;
    if (article.repairedCharacters) this.summary.repaired++;
    this.pending.push(rows);
    if (this.pending.length >= this.batchSize) await this.flush();
  }

  /** Writes what is queued and waits for every write in flight (what `finish` does before its end-of-run pass). */
  async drain(): Promise<void> {
    await this.flush();
    await Promise.all(this.inFlight);
  }

  /** Writes what is queued, waits for every write, runs the end-of-run pass and returns the summary. */
  async finish(): Promise<LoadSummary> {
    await this.drain();
    if (!this.stopped) {
      try {
        this.summary.rechecked = await recheckShortForms(
          this.driver,
          this.index,
          this.options.database,
          this.corrections,
          this.options.recheckPageSize,
        );
        this.summary.corrections = await applyCorrections(this.driver, this.options.database);
        await this.clearPendingRuns();
      } catch (error) {
        this.abort(error);
      }
    }
    const graph = this.stopped ? { articles: 0, people: 0, organizations: 0, claims: 0 } : await this.counts();
    return { ...this.summary, graph, elapsedMs: Date.now() - this.started, aborted: this.stopped };
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    while (this.inFlight.size >= this.concurrency) await Promise.race(this.inFlight);
    if (this.stopped) return;
    const write = this.write(batch).finally(() => this.inFlight.delete(write));
    this.inFlight.add(write);
  }

  private async write(batch: ArticleRows[]): Promise<void> {
    try {
      this.record(batch, await this.transaction(batch));
    } catch (error) {
      if (isConnectionLost(error) || batch.length === 1) {
        this.handleWriteError(batch, error);
        return;
      }
      // A statement failed for one article's data: find it by writing the articles one by one.
      for (const rows of batch) {
        if (this.stopped) return;
        try {
          this.record([rows], await this.transaction([rows]));
        } catch (single) {
          this.handleWriteError([rows], single);
        }
      }
    }
  }

  private async transaction(batch: ArticleRows[]): Promise<Map<string, ArticleOutcome>> {
    const session = this.driver.session({ database: this.options.database });
    const begin = Date.now();
    try {
      const profile = this.options.profile;
      const started = performance.now();
      let callbackMs = 0;
      const outcomes = await session.executeWrite(async (tx) => {
        const called = performance.now();
        try {
          return await writeBatch(profile ? profile.wrap(tx) : tx, batch, {
            token: this.token,
            now: new Date().toISOString(),
            statements: this.options.statements ?? true,
            statementCache: this.statementCache,
          }).catch(doNotRetryMemoryLimits);
        } finally {
          callbackMs += performance.now() - called;
        }
      });
      profile?.transaction(performance.now() - started, callbackMs);
      this.statementCache?.settle();
      return outcomes;
    } finally {
      this.summary.writeMs += Date.now() - begin;
      await session.close();
    }
  }

  private record(batch: ArticleRows[], outcomes: Map<string, ArticleOutcome>): void {
    for (const rows of batch) {
      const outcome = outcomes.get(rows.article.id) ?? "unchanged";
      this.origins.delete(rows.article.id);
      this.summary.articles[outcome]++;
      if (outcome !== "unchanged") {
        this.summary.claimsWritten += rows.claims.length;
        this.summary.rowsWritten += rowCount(rows);
      }
    }
    this.report();
  }

  /** True once the database went away: later articles are not written. */
  get isStopped(): boolean {
    return this.stopped !== undefined;
  }

  /** Stops the run because the database went away (stored articles stay complete). */
  abort(error: unknown): void {
    const stored = this.summary.articles.new + this.summary.articles.replaced;
    const cause = this.databaseError(error);
    this.stopped ??= {
      origin: this.options.uri ?? "Neo4j",
      error: `${cause.message} Stopped after storing ${stored} article(s) in this run; each stored article is complete.`,
      hint: `${cause.hint ?? ""} Then run the same command again: stored articles are skipped, the rest are loaded.`.trim(),
    };
  }

  private handleWriteError(batch: ArticleRows[], error: unknown): void {
    if (isConnectionLost(error)) {
      this.abort(error);
      return;
    }
    for (const rows of batch) {
      const origin = this.origins.get(rows.article.id) ?? rows.article.sourceKey;
      this.origins.delete(rows.article.id);
      this.fail(articleWriteFailure(origin, error, rows.article.props.text.length));
    }
  }

  private databaseError(error: unknown): IngestError {
    if (error instanceof IngestError) return error;
    return describeConnectionError(error, {
      uri: this.options.uri ?? "the configured URI",
      user: "",
      database: this.options.database,
    });
  }

  private report(): void {
    const { articles } = this.summary;
    const done = articles.new + articles.unchanged + articles.replaced + articles.failed;
    this.options.onProgress?.({
      done,
      total: Math.max(this.total, done),
      claims: this.summary.claimsWritten,
      failed: articles.failed,
      elapsedMs: Date.now() - this.started,
    });
  }

  private async counts(): Promise<LoadSummary["graph"]> {
    const result = await this.driver.executeQuery(
      GRAPH_COUNTS,
      {},
      { database: this.options.database, routing: "READ" },
    );
    const r = result.records[0];
    return {
      articles: Number(r?.get("articles") ?? 0),
      people: Number(r?.get("people") ?? 0),
      organizations: Number(r?.get("organizations") ?? 0),
      claims: Number(r?.get("claims") ?? 0),
    };
  }
}

/** Loads ready document graphs (with their texts): the library entry point when extraction is done elsewhere. */
export async function loadDocumentGraphs(
  driver: Driver,
  articles: Iterable<LoadableArticle> | AsyncIterable<LoadableArticle>,
  options: LoaderOptions = {},
): Promise<LoadSummary> {
  const loader = new GraphLoader(driver, options);
  await loader.start();
  for await (const article of articles) {
    loader.expect(1);
    await loader.add(article);
  }
  return loader.finish();
}
