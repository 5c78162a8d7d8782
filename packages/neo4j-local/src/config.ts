import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Neo4jLocalError } from "./errors.js";

/** Where this package lives (works from src/ and from dist/). */
export const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));
export const REPO_ROOT = path.resolve(PACKAGE_DIR, "..", "..");
export const LAUNCHER_DIR = path.join(PACKAGE_DIR, "launcher");

export interface LocalNeo4jConfig {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Neo4j home: databases, transaction logs. Kept between runs. */
  dataDir: string;
  /** pid file and log live here. */
  stateDir: string;
  heapMb: number;
  pageCacheMb: number;
}

export const DEFAULTS = {
  host: "127.0.0.1",
  port: 7687,
  user: "neo4j",
  password: "claimgraph",
  heapMb: 512,
  pageCacheMb: 64,
} as const;

type Env = Record<string, string | undefined>;

/** Loads `.env` at the repository root into process.env (values already set win). */
export function loadDotEnv(root = REPO_ROOT): void {
  const file = path.join(root, ".env");
  if (existsSync(file)) process.loadEnvFile(file);
}

function intFrom(env: Env, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Neo4jLocalError(
      "BAD_CONFIG",
      `${key}=${raw} is not a whole number between ${min} and ${max}.`,
      `Fix or remove ${key} in your environment or .env file.`,
    );
  }
  return value;
}

/**
 * The local server's settings. NEO4J_URI, when it names a bolt:// or neo4j:// address on this
 * machine, sets host and port, so one variable serves the driver and the launcher alike.
 */
export function resolveLocalConfig(
  env: Env = process.env,
  overrides: Partial<LocalNeo4jConfig> = {},
): LocalNeo4jConfig {
  let host: string = DEFAULTS.host;
  let port: number = intFrom(env, "NEO4J_BOLT_PORT", DEFAULTS.port, 1, 65535);
  const uri = env.NEO4J_URI;
  if (uri) {
    const parsed = parseLocalUri(uri);
    if (parsed) {
      host = parsed.host;
      port = parsed.port;
    }
  }
  const stateDir = path.resolve(env.CLAIMGRAPH_STATE_DIR ?? path.join(REPO_ROOT, ".claimgraph"));
  return {
    host,
    port,
    user: env.NEO4J_USER || DEFAULTS.user,
    password: env.NEO4J_PASSWORD || DEFAULTS.password,
    dataDir: path.resolve(env.NEO4J_DATA_DIR ?? path.join(stateDir, "neo4j", "data")),
    stateDir: path.join(stateDir, "neo4j"),
    heapMb: intFrom(env, "NEO4J_HEAP_MB", DEFAULTS.heapMb, 128, 16384),
    pageCacheMb: intFrom(env, "NEO4J_PAGECACHE_MB", DEFAULTS.pageCacheMb, 8, 16384),
    ...overrides,
  };
}

/**
 * A server of its own, for tests and benchmarks: pid, log and data under `stateDir`, on `port`, with
 * its own password, whatever the user's environment says, so it never touches `pnpm start`'s data.
 */
export function separateConfig(
  stateDir: string,
  port: number,
  password: string,
  overrides: Partial<LocalNeo4jConfig> = {},
): LocalNeo4jConfig {
  return resolveLocalConfig(
    { NEO4J_PASSWORD: password },
    { port, stateDir, dataDir: path.join(stateDir, "data"), ...overrides },
  );
}

/** host and port of a bolt:// or neo4j:// URI that points at this machine; null otherwise. */
export function parseLocalUri(uri: string): { host: string; port: number } | null {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return null;
  }
  if (url.protocol !== "bolt:" && url.protocol !== "neo4j:") return null;
  const host = url.hostname === "localhost" ? "127.0.0.1" : url.hostname;
  if (host !== "127.0.0.1" && host !== "[::1]") return null;
  return { host, port: url.port ? Number(url.port) : 7687 };
}

export function boltUri(config: Pick<LocalNeo4jConfig, "host" | "port">): string {
  return `bolt://${config.host}:${config.port}`;
}
