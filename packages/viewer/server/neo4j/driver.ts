/**
 * The viewer server's one driver for its main thread: the reader and the snapshot store share it
 * (the Cypher worker thread is another isolate and opens its own, cypher/query-worker.ts). Where it
 * connects and its pool and timeouts come from @claimgraph/schema's connection config.
 */
import { type ConnectionSettings, DRIVER_SETTINGS } from "@claimgraph/schema";
import neo4j, { type Driver } from "neo4j-driver";

export function createDriver(connection: ConnectionSettings): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    ...DRIVER_SETTINGS.viewer,
  });
}
