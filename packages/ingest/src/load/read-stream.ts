import type { Driver, Record as Neo4jRecord } from "neo4j-driver";

/**
 * Runs a read and folds each record into an accumulator as it arrives (the driver pulls records in
 * batches), so that the driver's records are never all held at once: what a large graph returns
 * costs only what the accumulator keeps. `start` makes a fresh accumulator for each attempt (the
 * driver retries a transient failure from the beginning). Same consistency as `executeQuery`: its
 * bookmark manager.
 */
export async function foldRecords<T>(
  driver: Driver,
  database: string | undefined,
  query: string,
  parameters: Record<string, unknown>,
  start: () => T,
  visit: (into: T, record: Neo4jRecord) => void,
): Promise<T> {
  const session = driver.session({
    database,
    defaultAccessMode: "READ",
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    return await session.executeRead(async (tx) => {
      const into = start();
      for await (const record of tx.run(query, parameters)) visit(into, record);
      return into;
    });
  } finally {
    await session.close();
  }
}

/** A read whose records become plain rows as they arrive; a row `map` drops (undefined) is never held. */
export function readRows<T>(
  driver: Driver,
  database: string | undefined,
  query: string,
  parameters: Record<string, unknown>,
  map: (record: Neo4jRecord) => T | undefined,
): Promise<T[]> {
  return foldRecords(
    driver,
    database,
    query,
    parameters,
    (): T[] => [],
    (rows, record) => {
      const row = map(record);
      if (row !== undefined) rows.push(row);
    },
  );
}
