/**
 * Public API of the viewer's server. `startViewerServer` serves the built app and the read-only
 * JSON API; the browser never sees the database credentials.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { connectionFromEnv } from "@claimgraph/schema";
import { buildApp } from "./app.js";
import { createCorrectionStore } from "./corrections/store.js";
import { hostPolicy, parseHostList } from "./http/hosts.js";
import { createDriver } from "./neo4j/driver.js";
import { createReader, type Neo4jConnection, type ReadLimits } from "./neo4j/reader.js";
import { createSnapshotStore, DEFAULT_SNAPSHOT_QUOTA, type SnapshotQuota } from "./snapshots/store.js";
import { warmUp } from "./warm-up.js";

export type { ApiErrorBody, GraphPayload } from "../shared/api/contract.js";
export { API_ROUTES } from "../shared/api/contract.js";
export type { AppOptions } from "./app.js";
export { buildApp } from "./app.js";
export type { CorrectionStore } from "./corrections/store.js";
export { createCorrectionStore } from "./corrections/store.js";
export { ApiError } from "./errors.js";
export type { Neo4jConnection, Reader, ReadLimits } from "./neo4j/reader.js";
export { createReader, DEFAULT_LIMITS } from "./neo4j/reader.js";
export type { SnapshotStore } from "./snapshots/store.js";
export { createSnapshotStore } from "./snapshots/store.js";

export interface ViewerServerOptions {
  port: number;
  host?: string;
  neo4j: Neo4jConnection;
  /** The built app; defaults to the package's dist/. */
  staticDir?: string;
  limits?: Partial<ReadLimits>;
  logger?: boolean;
  /** Extra host names to answer for (CLAIMGRAPH_ALLOWED_HOSTS), besides loopback and the listening address. */
  allowedHosts?: string[];
  /** Snapshot limits (CLAIMGRAPH_SNAPSHOTS_PER_HOUR, CLAIMGRAPH_SNAPSHOT_MAX_COUNT, CLAIMGRAPH_SNAPSHOT_MAX_MB). */
  snapshotLimits?: { savesPerHour: number; quota: SnapshotQuota };
}

function positiveInt(env: NodeJS.ProcessEnv, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new Error(`${key}=${raw} is not a whole number above 0: fix or remove it in your environment or .env file.`);
  }
  return value;
}

/** Snapshot limits from the environment, with the defaults. */
export function snapshotLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): {
  savesPerHour: number;
  quota: SnapshotQuota;
} {
  return {
    savesPerHour: positiveInt(env, "CLAIMGRAPH_SNAPSHOTS_PER_HOUR", 60),
    quota: {
      maxCount: positiveInt(env, "CLAIMGRAPH_SNAPSHOT_MAX_COUNT", DEFAULT_SNAPSHOT_QUOTA.maxCount),
      maxTotalBytes:
        positiveInt(env, "CLAIMGRAPH_SNAPSHOT_MAX_MB", DEFAULT_SNAPSHOT_QUOTA.maxTotalBytes / 1024 / 1024) *
        1024 *
        1024,
    },
  };
}

export interface RunningViewer {
  url: string;
  /** Settles when the start-up warm-up (warm-up.ts: overview, first routes, page cache) is done; never rejects. */
  warmed: Promise<void>;
  close(): Promise<void>;
}

/** The package's dist/ folder, whether running from server/ (source) or dist-server/server/ (built). */
export function defaultStaticDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const pkg =
    path.basename(path.dirname(here)) === "dist-server" ? path.resolve(here, "..", "..") : path.resolve(here, "..");
  return path.join(pkg, "dist");
}

/** NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE: the one connection config (@claimgraph/schema). */
export function neo4jFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConnection {
  return connectionFromEnv(env);
}

export async function startViewerServer(options: ViewerServerOptions): Promise<RunningViewer> {
  const limits = options.snapshotLimits ?? snapshotLimitsFromEnv();
  // One driver for this thread: reads and the snapshot and correction stores share it (the Cypher worker has its own).
  const driver = createDriver(options.neo4j);
  const reader = createReader(options.neo4j, options.limits, driver);
  const snapshots = createSnapshotStore(options.neo4j, limits.quota, driver);
  const corrections = createCorrectionStore(options.neo4j, driver);
  const host = options.host ?? "127.0.0.1";
  const app = await buildApp({
    reader,
    snapshots,
    corrections,
    hosts: hostPolicy(host, options.allowedHosts ?? parseHostList(process.env.CLAIMGRAPH_ALLOWED_HOSTS)),
    snapshotSavesPerHour: limits.savesPerHour,
    staticDir: options.staticDir ?? defaultStaticDir(),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });
  try {
    await app.listen({ port: options.port, host });
  } catch (error) {
    await reader.close();
    await snapshots.close();
    await driver.close();
    const code = (error as { code?: string }).code;
    if (code === "EADDRINUSE") {
      throw new Error(
        `Port ${options.port} on ${host} is already in use: stop what runs there or choose another port.`,
      );
    }
    throw error;
  }
  // The overview cache, the routes a user reaches first, then the page cache (warm-up.ts).
  const warmed = warmUp(reader);
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  return {
    url: `http://${shownHost}:${port}/`,
    warmed,
    async close() {
      await app.close();
      await reader.close();
      await snapshots.close();
      await driver.close();
    },
  };
}
