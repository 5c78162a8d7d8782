/**
 * Runs one vetted Cypher job on a driver: EXPLAIN first and the plan checked (plan.ts), then the
 * query itself in an explicit read transaction with a timeout (no automatic retries: a query that
 * ran out of memory or time once would only do it again), rows cut at the row limit and the byte cap.
 * Runs inside the Cypher worker thread, so a huge answer costs the worker's memory, not the server's.
 */
import neo4j, { type Driver, type Transaction } from "neo4j-driver";
import type { CypherResponse } from "../../shared/api/contract.js";
import { ApiError, fromNeo4jError } from "../errors.js";
import { toNeo4jParams } from "../neo4j/reader.js";
import { GraphCollector, toPlain } from "../neo4j/values.js";
import { checkPlan, type PlanNode } from "./plan.js";
import type { CypherJob } from "./protocol.js";

const utf8 = new TextEncoder();
const bytesOf = (value: unknown) => utf8.encode(JSON.stringify(value)).length;

export async function runJob(
  driver: Driver,
  uri: string,
  job: CypherJob,
  signal?: AbortSignal,
  database?: string,
): Promise<CypherResponse> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
  // A cancelled job closes its session: the driver resets the connection and Neo4j stops the query.
  const cancel = () => void session.close().catch(() => {});
  signal?.addEventListener("abort", cancel, { once: true });
  const params = toNeo4jParams(job.params) as Record<string, unknown>;
  const started = performance.now();
  const tx = await session.beginTransaction({ timeout: job.timeoutMs }).catch((error: unknown) => {
    throw fromNeo4jError(error, uri, job.timeoutMs);
  });
  try {
    const explained = await tx
      .run(`${EXPLAIN}${job.query}`, params)
      .summary()
      .catch((error: unknown) => {
        throw withoutExplainPrefix(fromNeo4jError(error, uri, job.timeoutMs));
      });
    const verdict = checkPlan(explained.plan as unknown as PlanNode, explained.queryType);
    if (!verdict.ok) throw new ApiError(403, verdict.code, verdict.message);

    const result = tx.run(job.query, params);
    const collector = new GraphCollector();
    const rows: unknown[][] = [];
    let rowBytes = 0;
    let truncatedBy: "rows" | "bytes" | undefined;
    for await (const record of result) {
      if (rows.length >= job.limit) {
        truncatedBy = "rows";
        break;
      }
      const row = record.keys.map((key: string) => toPlain(record.get(key)));
      const size = bytesOf(row);
      if (rowBytes + size > job.maxBytes) {
        if (rows.length === 0) throw resultTooLarge(job.maxBytes);
        truncatedBy = "bytes";
        break;
      }
      rowBytes += size;
      rows.push(row);
      for (const key of record.keys) collector.add(record.get(key));
    }
    const keys = ((await result.keys()) as string[]).slice();
    await connectResultNodes(tx, collector);
    const graph = collector.graph(Math.max(0, job.maxBytes - rowBytes));
    if (graph.cut) truncatedBy ??= "bytes";
    return {
      columns: keys,
      rows,
      graph: { nodes: graph.nodes, edges: graph.edges },
      truncated: truncatedBy !== undefined,
      ...(truncatedBy ? { truncatedBy } : {}),
      limit: job.limit,
      ms: Math.round(performance.now() - started),
    };
  } catch (error) {
    if (signal?.aborted) throw new ApiError(499, "cancelled", "The query was cancelled.");
    throw fromNeo4jError(error, uri, job.timeoutMs);
  } finally {
    signal?.removeEventListener("abort", cancel);
    await tx.rollback().catch(() => {});
    await session.close().catch(() => {});
  }
}

/** Most relationships looked up among a result's nodes ("connect result nodes", as Neo4j Browser does). */
const CONNECT_LIMIT = 2_000;
const CONNECT = `
MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids
RETURN r LIMIT $limit`;

/**
 * The relationships among the nodes a query returned, so `RETURN p, c, t` draws its edges too.
 * Run in the query's own read transaction, after its rows; skipped for a single node.
 */
async function connectResultNodes(tx: Transaction, collector: GraphCollector): Promise<void> {
  const ids = collector.nodeElementIds();
  if (ids.length < 2) return;
  const { records } = await tx.run(CONNECT, { ids, limit: neo4j.int(CONNECT_LIMIT) });
  for (const record of records) collector.add(record.get("r"));
}

const EXPLAIN = "EXPLAIN ";

/** Errors of the EXPLAIN step point into "EXPLAIN <query>": make their position the user's. */
function withoutExplainPrefix(error: ApiError): ApiError {
  const position = error.position;
  if (!position) return error;
  const shift = EXPLAIN.length;
  return new ApiError(
    error.status,
    error.code,
    error.message.replace(/\(offset: (\d+)\)/, (_m, o) => `(offset: ${Math.max(0, Number(o) - shift)})`),
    {
      line: position.line,
      column: position.line === 1 ? Math.max(1, position.column - shift) : position.column,
      offset: Math.max(0, position.offset - shift),
    },
  );
}

export function resultTooLarge(maxBytes: number): ApiError {
  return new ApiError(
    422,
    "result_too_large",
    `The result is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, more than the viewer sends. Return fewer or smaller values: properties instead of whole lists, an aggregate, or a LIMIT.`,
  );
}
