import path from "node:path";
import type { DocumentGraph } from "@claimgraph/schema";
import type { Driver } from "neo4j-driver";
import { EXTRACTOR_VERSION, extractDocument } from "../extract/index.js";
import { readInputs } from "../input/index.js";
import type { InputDocument, InputItem } from "../input/types.js";
import type { LoadableArticle } from "./article.js";
import { type ConnectionSettings, connect, connectionFromEnv } from "./connection.js";
import { defaultPoolSize, type ExtractOutcome, type ExtractPool, sharedPool } from "./extract-pool/pool.js";
import { articleId } from "./ids.js";
import { DEFAULT_BATCH_SIZE, GraphLoader, type LoaderOptions } from "./loader.js";
import { inChunks, mapOrdered } from "./stream/ordered.js";
import type { LoadFailure, LoadSummary } from "./summary.js";

export interface IngestOptions extends Omit<LoaderOptions, "uri" | "database"> {
  /** Files, directories, globs or "-" (stdin); or input items already read. Read as a stream. */
  inputs: readonly string[] | Iterable<InputItem> | AsyncIterable<InputItem>;
  /** A driver to use (left open); otherwise one is opened from `connection` and closed at the end. */
  driver?: Driver;
  /** Defaults to NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, then bolt://127.0.0.1:7687, neo4j/claimgraph. */
  connection?: ConnectionSettings;
  /** The extractor; defaults to `extractDocument` from src/extract (then run in worker threads). */
  extract?: Extract;
  /**
   * Extraction threads for the default extractor: one per core by default; 0 extracts on this
   * thread. A custom `extract` always runs on this thread.
   */
  workers?: number;
  /** Stages applied to each extracted article, in order, before it is resolved and loaded. */
  stages?: readonly ArticleStage[];
  /** How many inputs to expect, for progress and its ETA (e.g. from countItems); else counted as read. */
  expectedTotal?: number;
  /** Once aborted, no further input is read; what is under way is stored, and a re-run goes on from there. */
  signal?: AbortSignal;
}

export type IngestSummary = LoadSummary;

/** An extractor: one input document → its document graph. */
export type Extract = (doc: InputDocument) => DocumentGraph;

/** A pipeline stage between extraction and loading (corrections, grouping, …): may rewrite the article. */
export type ArticleStage = (article: LoadableArticle) => LoadableArticle | Promise<LoadableArticle>;

/** What the screening stage decides for one input item. */
type Task = { kind: "failed"; failure: LoadFailure } | { kind: "stored" } | { kind: "extract"; doc: InputDocument };

/** What reaches the loading stage. */
type Extracted = Exclude<Task, { kind: "extract" }> | { kind: "article"; article: LoadableArticle; origin: string };

/**
 * Reads the inputs, extracts each article that is not already stored, and loads the document
 * graphs into Neo4j, as a bounded pipeline: read → screen (articles already stored, by their
 * ids in the database, are skipped unread by the extractor) → extract (worker threads, results
 * kept in input order) → stages → resolve and write in batches. Each stage pulls from the one
 * before only as fast as it is drained, so memory stays flat whatever the number of inputs.
 * Never throws for a bad input (it is counted and named in `failures`); throws IngestError when
 * the database cannot be reached at the start.
 */
export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const settings = options.connection ?? connectionFromEnv();
  const driver = options.driver ?? (await connect(settings));
  const threads = options.extract ? 0 : (options.workers ?? defaultPoolSize());
  // one pool per process, started on the first article to extract (a fully stored input starts none)
  let pool: ExtractPool | undefined;
  const extractor = () => (pool ??= sharedPool(threads));
  try {
    const extract = options.extract ?? extractDocument;
    const loader = new GraphLoader(driver, {
      ...options,
      extractorVersion: options.extractorVersion ?? (options.extract ? "custom" : EXTRACTOR_VERSION),
      uri: settings.uri,
      database: settings.database,
    });
    await loader.start();
    if (options.expectedTotal !== undefined) loader.expect(options.expectedTotal);
    const chunkSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
    const items = readUntil(sourceOf(options.inputs), options.signal, () =>
      options.expectedTotal === undefined ? loader.expect(1) : undefined,
    );
    const tasks = screen(items, loader, chunkSize);
    const toArticle = async (task: Task): Promise<Extracted> => {
      if (task.kind !== "extract") return task;
      const { doc } = task;
      const outcome = threads > 0 ? await extractor().extract(doc) : await extractOnThisThread(extract, doc);
      if ("error" in outcome)
        return { kind: "failed", failure: { origin: doc.origin, error: prefixed(outcome.error) } };
      let article = toLoadable(doc, outcome.graph);
      for (const stage of options.stages ?? []) article = await stage(article);
      return { kind: "article", article, origin: doc.origin };
    };
    // enough extractions in flight to keep every thread busy while the loader writes
    const window = threads > 0 ? threads * 4 : 1;
    for await (const next of mapOrdered(tasks, toArticle, window)) {
      if (next.kind === "failed") loader.fail(next.failure);
      else if (next.kind === "stored") loader.skip();
      else await loader.add(next.article, next.origin);
      if (loader.isStopped) break;
    }
    return await loader.finish();
  } finally {
    if (!options.driver) await driver.close();
  }
}

/** Input items from specs (read lazily) or as given. */
function sourceOf(
  inputs: readonly string[] | Iterable<InputItem> | AsyncIterable<InputItem>,
): Iterable<InputItem> | AsyncIterable<InputItem> {
  const isSpecs = Array.isArray(inputs) && inputs.every((x) => typeof x === "string");
  return isSpecs ? readInputs(inputs as readonly string[]) : (inputs as Iterable<InputItem> | AsyncIterable<InputItem>);
}

/**
 * The items until the signal aborts, calling `onItem` for each. After the abort, web pages and
 * failures still pass: the web reader fetches nothing once interrupted, so a page arriving then was
 * fetched before (losing it would lose the user's download), and a failure names what was left
 * unread. The first local file after the abort ends the reading.
 */
async function* readUntil(
  source: Iterable<InputItem> | AsyncIterable<InputItem>,
  signal: AbortSignal | undefined,
  onItem: () => void,
): AsyncGenerator<InputItem> {
  for await (const item of source) {
    if (signal?.aborted && item.ok && !/^https?:\/\//i.test(item.doc.origin)) return;
    onItem();
    yield item;
  }
}

/**
 * Chunk by chunk, asks the database which articles are already stored by this extractor version
 * (the checkpoint a re-run resumes from: stored articles are complete, the rest are not there at
 * all) and passes on what is left to extract, the failures to read, and the stored ones to count.
 */
async function* screen(items: AsyncIterable<InputItem>, loader: GraphLoader, chunkSize: number): AsyncGenerator<Task> {
  for await (const chunk of inChunks(items, chunkSize)) {
    if (loader.isStopped) return;
    const docs = chunk.flatMap((item) => (item.ok ? [item.doc] : []));
    let known: Set<string>;
    try {
      known = await loader.known(docs.map((doc) => articleId(doc.text)));
    } catch (error) {
      loader.abort(error);
      return;
    }
    for (const item of chunk) {
      if (!item.ok) yield { kind: "failed", failure: { origin: item.origin, error: item.error, hint: item.hint } };
      else if (known.has(articleId(item.doc.text))) yield { kind: "stored" };
      else yield { kind: "extract", doc: item.doc };
    }
  }
}

/** Extraction is synchronous: first let the in-flight write transaction's replies through. */
async function extractOnThisThread(extract: Extract, doc: InputDocument): Promise<ExtractOutcome> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  const result = extractSafely(extract, doc);
  return "error" in result ? { error: result.error.replace(/^extraction failed: /, "") } : result;
}

const prefixed = (error: string) => `extraction failed: ${error}`;

/** Input items from specs (via the input reader) or as given. */
export async function collect(
  inputs: readonly string[] | Iterable<InputItem> | AsyncIterable<InputItem>,
): Promise<InputItem[]> {
  const isSpecs = Array.isArray(inputs) && inputs.every((x) => typeof x === "string");
  const source = isSpecs
    ? readInputs(inputs as readonly string[])
    : (inputs as Iterable<InputItem> | AsyncIterable<InputItem>);
  const items: InputItem[] = [];
  for await (const item of source) items.push(item);
  return items;
}

export function extractSafely(extract: Extract, doc: InputDocument): { graph: DocumentGraph } | { error: string } {
  try {
    const graph = extract(doc);
    if (graph.error) return { error: `extraction failed: ${graph.error}` };
    return { graph };
  } catch (error) {
    return { error: `extraction failed: ${(error as Error).message}` };
  }
}

/** The article as stored: the source key is the JSON Lines id, the absolute path of a file, or the text's id for stdin. */
export function toLoadable(doc: InputDocument, graph: DocumentGraph): LoadableArticle {
  const fromStdin = doc.origin === "-" || doc.origin.startsWith("stdin");
  const sourceKey =
    doc.sourceKey ??
    (doc.format === "jsonl" ? doc.id : fromStdin ? `stdin:${articleId(doc.text)}` : path.resolve(doc.origin));
  return {
    sourceKey,
    text: doc.text,
    title: doc.title ?? graph.meta?.title,
    url: doc.url ?? graph.meta?.url,
    source: doc.source ?? graph.meta?.source,
    authors: doc.authors ?? graph.meta?.authors,
    publishedAt: doc.date ?? graph.meta?.date,
    repairedCharacters: doc.repairedCharacters,
    graph,
  };
}
