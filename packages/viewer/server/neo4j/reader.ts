/**
 * The only door from the viewer to Neo4j: every query runs in a read transaction with a timeout,
 * and results stop at a row cap. Returns raw driver records; callers convert them (values.ts).
 */
import type { ConnectionSettings } from "@claimgraph/schema";
import neo4j, { type Driver, type Record as Neo4jRecord } from "neo4j-driver";
import { fromNeo4jError } from "../errors.js";
import { createDriver } from "./driver.js";

/** Where and as whom the viewer connects, and which database (NEO4J_DATABASE): the one connection config. */
export type Neo4jConnection = ConnectionSettings;

export interface ReadLimits {
  /** Transaction timeout in milliseconds (the database stops the query). */
  timeoutMs: number;
  /** Most rows a query may return; more marks the result truncated. */
  maxRows: number;
}

export interface ReadResult {
  keys: string[];
  records: Neo4jRecord[];
  truncated: boolean;
}

export interface Reader {
  readonly uri: string;
  /** Where and as whom it connects (server-side only; the Cypher worker opens its own driver with it). */
  readonly connection: Neo4jConnection;
  readonly limits: ReadLimits;
  read(query: string, params?: Record<string, unknown>, options?: Partial<ReadLimits>): Promise<ReadResult>;
  close(): Promise<void>;
}

/** JSON numbers that are whole become Neo4j integers (LIMIT $n, offsets); others stay floats. */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jParams(v)]));
  }
  return value;
}

export const DEFAULT_LIMITS: ReadLimits = { timeoutMs: 15_000, maxRows: 5_000 };

/** With `shared`, reads use that driver (the server's one) and closing the reader leaves it open. */
export function createReader(connection: Neo4jConnection, limits: Partial<ReadLimits> = {}, shared?: Driver): Reader {
  const merged: ReadLimits = { ...DEFAULT_LIMITS, ...limits };
  const driver: Driver = shared ?? createDriver(connection);

  async function read(
    query: string,
    params: Record<string, unknown> = {},
    options: Partial<ReadLimits> = {},
  ): Promise<ReadResult> {
    const timeoutMs = options.timeoutMs ?? merged.timeoutMs;
    const maxRows = options.maxRows ?? merged.maxRows;
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: connection.database });
    try {
      return await session.executeRead(
        async (tx) => {
          const result = tx.run(query, toNeo4jParams(params) as Record<string, unknown>);
          const records: Neo4jRecord[] = [];
          let truncated = false;
          for await (const record of result) {
            if (records.length >= maxRows) {
              truncated = true;
              break;
            }
            records.push(record);
          }
          const keys = ((await result.keys()) as string[]).slice();
          return { keys, records, truncated };
        },
        { timeout: timeoutMs },
      );
    } catch (error) {
      throw fromNeo4jError(error, connection.uri, timeoutMs);
    } finally {
      await session.close().catch(() => {});
    }
  }

  return {
    uri: connection.uri,
    connection,
    limits: merged,
    read,
    close: async () => (shared ? undefined : driver.close()),
  };
}
