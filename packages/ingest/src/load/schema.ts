import type { Driver } from "neo4j-driver";
import { SCHEMA_STATEMENTS } from "./cypher.js";
import { migrateNameKeys } from "./migrate-name-keys.js";
import { STATEMENT_SCHEMA } from "./statements/cypher.js";
import { dropSurplusBands } from "./statements/migrate-band-count.js";
import { migrateLegacyBands } from "./statements/migrate-bands.js";

/**
 * Creates the uniqueness constraints, the source-key index and the full-text index if they are
 * missing (idempotent), waits until the indexes are online, then migrates a graph written with
 * Band nodes to Wording nodes (statements/migrate-bands.ts) and drops the band keys grouping no
 * longer uses (statements/migrate-band-count.ts), and re-keys nodes whose ids an older name key
 * made (migrate-name-keys.ts); nothing to do on a current graph.
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
  await migrateLegacyBands(driver, database);
  await dropSurplusBands(driver, database);
  await migrateNameKeys(driver, database);
}
