/** The viewer reaches the database NEO4J_DATABASE names (the one connection config), not always the default. */
import { connectionFromEnv } from "@claimgraph/schema";
import { afterEach, describe, expect, it } from "vitest";
import { testConnection } from "../../test/fixture-graph.js";
import { smallSnapshot } from "../../test/synthetic-snapshot.js";
import { createSnapshotStore } from "../snapshots/store.js";
import { createReader, type Reader } from "./reader.js";

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((o) => o.close()));
});
const reader = (database: string | undefined): Reader => {
  const r = createReader({ ...testConnection(), database });
  opened.push(r);
  return r;
};

describe("the viewer honours NEO4J_DATABASE", () => {
  it("reads from the database it names (Community's one is `neo4j`)", async () => {
    const database = connectionFromEnv({ NEO4J_DATABASE: "neo4j" }).database;
    const result = await reader(database).read("RETURN 1 AS one");
    expect(result.records[0]?.get("one").toNumber()).toBe(1);
  });

  it("reads from no other: a database that does not exist fails instead of falling back to the default", async () => {
    await expect(reader("no_such_database").read("RETURN 1 AS one")).rejects.toThrow();
  });

  it("saves snapshots there too", async () => {
    const store = createSnapshotStore({ ...testConnection(), database: "no_such_database" });
    opened.push(store);
    await expect(store.save(smallSnapshot())).rejects.toThrow();
  });
});
