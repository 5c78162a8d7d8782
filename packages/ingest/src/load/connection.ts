import neo4j, { type Driver, Neo4jError } from "neo4j-driver";
import { IngestError } from "./errors.js";
import { classifyWriteError } from "./write-errors.js";

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  /** Database name; the server's default when absent. */
  database?: string | undefined;
}

export const DEFAULT_CONNECTION = { uri: "bolt://127.0.0.1:7687", user: "neo4j", password: "claimgraph" } as const;

/** NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (and NEO4J_DATABASE), with the local defaults. */
export function connectionFromEnv(env: Record<string, string | undefined> = process.env): ConnectionSettings {
  return {
    uri: env.NEO4J_URI || DEFAULT_CONNECTION.uri,
    user: env.NEO4J_USER || DEFAULT_CONNECTION.user,
    password: env.NEO4J_PASSWORD || DEFAULT_CONNECTION.password,
    database: env.NEO4J_DATABASE || undefined,
  };
}

/**
 * A driver (routing for neo4j:// and neo4j+s://, direct for bolt://) whose connection has been
 * checked. Throws IngestError naming the URI and saying how to start the local database.
 */
export async function connect(
  settings: ConnectionSettings,
  config: { maxTransactionRetryTime?: number } = {},
): Promise<Driver> {
  let driver: Driver;
  try {
    driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      disableLosslessIntegers: true,
      connectionTimeout: 10_000,
      maxTransactionRetryTime: config.maxTransactionRetryTime ?? 30_000,
    });
  } catch (error) {
    throw new IngestError(
      `NEO4J_URI=${settings.uri} is not a Neo4j address (${(error as Error).message}).`,
      "Use bolt://host:7687, neo4j://host:7687 or neo4j+s://… (Aura).",
    );
  }
  try {
    await driver.getServerInfo({ database: settings.database });
  } catch (error) {
    await driver.close();
    throw describeConnectionError(error, settings);
  }
  return driver;
}

export function describeConnectionError(
  error: unknown,
  settings: Pick<ConnectionSettings, "uri" | "user">,
): IngestError {
  const code = error instanceof Neo4jError ? error.code : "";
  if (code.includes("Unauthorized") || code.includes("AuthenticationRateLimit")) {
    return new IngestError(
      `Neo4j at ${settings.uri} refused the user "${settings.user}" (wrong password?).`,
      "Set NEO4J_USER and NEO4J_PASSWORD (environment or .env at the repository root).",
      { cause: error },
    );
  }
  const message = (error as Error).message;
  const reason = /ECONNREFUSED/.test(message)
    ? "connection refused"
    : /ENOTFOUND|EAI_AGAIN/.test(message)
      ? "unknown host"
      : /ETIMEDOUT|timed out/i.test(message)
        ? "timed out"
        : (message.split(/(?<=\.) /)[0] ?? message);
  return new IngestError(
    `Cannot reach Neo4j at ${settings.uri} (${reason}).`,
    "Start the local database with `pnpm db:start`, or point NEO4J_URI (and NEO4J_USER/NEO4J_PASSWORD) at a running server.",
    { cause: error },
  );
}

/** True when the error means the server went away (not a bad statement, bad data or a memory limit). */
export function isConnectionLost(error: unknown): boolean {
  return classifyWriteError(error) === "lost";
}
