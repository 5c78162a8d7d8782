/**
 * How every package and script reaches Neo4j, defined once: the environment variables, their local
 * defaults, and each driver's pool and timeouts. Pure data (no driver here): ingest's
 * `load/connection.ts` and the viewer server build their drivers from it. `@claimgraph/neo4j-local`
 * depends on nothing of ours and keeps its own copy of the local server's user and password (a test
 * in scripts/ checks the two agree).
 */

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  /** Database name (NEO4J_DATABASE); the server's default database when absent. */
  database?: string | undefined;
}

/** The local database `pnpm db:start` runs. */
export const DEFAULT_CONNECTION = { uri: "bolt://127.0.0.1:7687", user: "neo4j", password: "claimgraph" } as const;

/** NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE, with the local defaults. */
export function connectionFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): ConnectionSettings {
  return {
    uri: env.NEO4J_URI || DEFAULT_CONNECTION.uri,
    user: env.NEO4J_USER || DEFAULT_CONNECTION.user,
    password: env.NEO4J_PASSWORD || DEFAULT_CONNECTION.password,
    database: env.NEO4J_DATABASE || undefined,
  };
}

/**
 * Driver settings by role (milliseconds; pool in connections), in the shape neo4j-driver's `Config`
 * takes. One driver per process and role: ingest has one writer; the viewer server's main thread has
 * one (reads and the snapshot store share it); its Cypher worker thread is a separate isolate that
 * cannot share a driver, so it has its own, pooled to the number of queries it runs at once.
 */
export const DRIVER_SETTINGS = {
  /** ingest (load/): large write transactions, retried for half a minute when the database blips. */
  ingest: { connectionTimeout: 10_000, maxTransactionRetryTime: 30_000, disableLosslessIntegers: true },
  /** The viewer server: fail fast, so a database that is down gives a clear 503, not a minute of retries. */
  viewer: {
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 2_000,
    maxConnectionPoolSize: 20,
    disableLosslessIntegers: false,
  },
  /** The viewer's Cypher worker thread (its pool size is the number of queries it runs at once). */
  cypherWorker: { connectionAcquisitionTimeout: 5_000, connectionTimeout: 5_000, disableLosslessIntegers: false },
} as const;
