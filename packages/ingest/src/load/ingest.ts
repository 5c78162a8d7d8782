import path from "node:path";
import type { DocumentGraph } from "@claimgraph/schema";
import type { Driver } from "neo4j-driver";
import { EXTRACTOR_VERSION, extractDocument } from "../extract/index.js";
import { readInputs } from "../input/index.js";
import type { InputDocument, InputItem } from "../input/types.js";
import type { LoadableArticle } from "./article.js";
import { type ConnectionSettings, connect, connectionFromEnv } from "./connection.js";
import { articleId } from "./ids.js";
import { DEFAULT_BATCH_SIZE, GraphLoader, type LoaderOptions } from "./loader.js";
import type { LoadSummary } from "./summary.js";

export interface IngestOptions extends Omit<LoaderOptions, "uri" | "database"> {
  /** Files, directories, globs or "-" (stdin); or input items already read. */
  inputs: readonly string[] | Iterable<InputItem> | AsyncIterable<InputItem>;
  /** A driver to use (left open); otherwise one is opened from `connection` and closed at the end. */
  driver?: Driver;
  /** Defaults to NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, then bolt://127.0.0.1:7687, neo4j/claimgraph. */
  connection?: ConnectionSettings;
  /** The extractor; defaults to `extractDocument` from src/extract. */
  extract?: Extract;
}

export type IngestSummary = LoadSummary;

/** An extractor: one input document → its document graph. */
export type Extract = (doc: InputDocument) => DocumentGraph;

/**
 * Reads the inputs, extracts each article that is not already stored, and loads the document
 * graphs into Neo4j. Never throws for a bad input (it is counted and named in `failures`);
 * throws IngestError when the database cannot be reached at the start.
 */
export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const settings = options.connection ?? connectionFromEnv();
  const driver = options.driver ?? (await connect(settings));
  try {
    const extract = options.extract ?? extractDocument;
    const loader = new GraphLoader(driver, {
      ...options,
      extractorVersion: options.extractorVersion ?? (options.extract ? "custom" : EXTRACTOR_VERSION),
      uri: settings.uri,
      database: settings.database,
    });
    await loader.start();
    const items = await collect(options.inputs);
    loader.expect(items.length);
    const chunkSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
    for (let i = 0; i < items.length; i += chunkSize) {
      const chunk = items.slice(i, i + chunkSize);
      const docs: InputDocument[] = [];
      for (const item of chunk) {
        if (item.ok) docs.push(item.doc);
        else loader.fail({ origin: item.origin, error: item.error, hint: item.hint });
      }
      if (loader.isStopped) break;
      let known: Set<string>;
      try {
        known = await loader.known(docs.map((doc) => articleId(doc.text)));
      } catch (error) {
        loader.abort(error);
        break;
      }
      for (const doc of docs) {
        if (known.has(articleId(doc.text))) {
          loader.skip();
          continue;
        }
        // Extraction is synchronous: let the in-flight write transaction's replies through between articles.
        await new Promise<void>((resolve) => setImmediate(resolve));
        const extracted = extractSafely(extract, doc);
        if ("error" in extracted) loader.fail({ origin: doc.origin, error: extracted.error });
        else await loader.add(toLoadable(doc, extracted.graph), doc.origin);
      }
    }
    return await loader.finish();
  } finally {
    if (!options.driver) await driver.close();
  }
}

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
    graph,
  };
}
