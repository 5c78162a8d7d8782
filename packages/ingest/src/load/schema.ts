import type { Driver } from "neo4j-driver";
import { SCHEMA_STATEMENTS } from "./cypher.js";
import { STATEMENT_SCHEMA } from "./statements/cypher.js";

/**
 * Creates the uniqueness constraints, the source-key index and the full-text index if they are
 * missing (idempotent), then waits until the indexes are online.
 */
export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of [...SCHEMA_STATEMENTS, ...STATEMENT_SCHEMA])
      await session.executeWrite((tx) => tx.run(statement));
    await session.run("CALL db.awaitIndexes(300)");
  } finally {
    await session.close();
  }
}
