/**
 * @claimgraph/neo4j-local depends on nothing of ours, so it keeps its own copy of the local
 * server's user and password; they must be the ones the connection config (schema) defaults to.
 */
import { DEFAULT_CONNECTION } from "@claimgraph/ingest";
import { DEFAULTS } from "@claimgraph/neo4j-local";
import { expect, it } from "vitest";

it("the local Neo4j runs with the user, password and port the connection config defaults to", () => {
  expect({ user: DEFAULTS.user, password: DEFAULTS.password, uri: `bolt://${DEFAULTS.host}:${DEFAULTS.port}` }).toEqual(
    DEFAULT_CONNECTION,
  );
});
