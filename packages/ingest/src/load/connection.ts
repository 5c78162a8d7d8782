import { type ConnectionSettings, DRIVER_SETTINGS } from "@claimgraph/schema";
import neo4j, { type Driver, Neo4jError } from "neo4j-driver";
import { IngestError } from "./errors.js";
import { classifyWriteError } from "./write-errors.js";

// The settings and their environment variables are defined once, in @claimgraph/schema.
export { type ConnectionSettings, connectionFromEnv, DEFAULT_CONNECTION } from "@claimgraph/schema";

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
      ...DRIVER_SETTINGS.ingest,
      maxTransactionRetryTime: config.maxTransactionRetryTime ?? DRIVER_SETTINGS.ingest.maxTransactionRetryTime,
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
  settings: Pick<ConnectionSettings, "uri" | "user"> & { database?: string | undefined },
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
  if (code.includes("DatabaseNotFound")) {
    const name = settings.database ?? /Database name: '([^']*)'/.exec(message)?.[1];
    return new IngestError(
      `Neo4j at ${settings.uri} has no database${name ? ` "${name}"` : ""} (NEO4J_DATABASE).`,
      "Set NEO4J_DATABASE to one of the server's databases (SHOW DATABASES lists them), or leave it unset for the default one.",
      { cause: error },
    );
  }
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
