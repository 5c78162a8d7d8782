/**
 * Snapshot routes against the real Neo4j: save, open by id, validation, size limit, and that the
 * claim graph is untouched by saving. Sets up its own data (the fixture graph) and cleans its snapshots.
 */
import type { FastifyInstance } from "fastify";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadResponseSchema, saveResponseSchema } from "../../shared/snapshot/contract.js";
import { MAX_SNAPSHOT_BYTES } from "../../shared/snapshot/schema.js";
import { loadFixtureGraph, testConnection } from "../../test/fixture-graph.js";
import { smallSnapshot, syntheticSnapshot } from "../../test/synthetic-snapshot.js";
import { buildApp } from "../app.js";
import { createReader, type Reader } from "../neo4j/reader.js";
import { createSnapshotStore, DEFAULT_SNAPSHOT_QUOTA, type SnapshotStore } from "./store.js";

let app: FastifyInstance;
let reader: Reader;
let store: SnapshotStore;
let driver: Driver;

const count = async (cypher: string) => {
  const { records } = await driver.executeQuery(cypher);
  return Number(records[0]?.get(0));
};

beforeAll(async () => {
  await loadFixtureGraph();
  const c = testConnection();
  driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
  await driver.executeQuery("MATCH (s:Snapshot) DETACH DELETE s");
  reader = createReader(c);
  store = createSnapshotStore(c);
  app = await buildApp({ reader, snapshots: store });
});

afterAll(async () => {
  await driver?.executeQuery("MATCH (s:Snapshot) DETACH DELETE s");
  await app?.close();
  await reader?.close();
  await store?.close();
  await driver?.close();
});

const save = (payload: unknown) =>
  app.inject({
    method: "POST",
    url: "/api/snapshots",
    payload: JSON.stringify(payload),
    headers: { "content-type": "application/json" },
  });

describe("snapshot routes", () => {
  it("saves a snapshot and opens it by its permalink id, exactly as saved", async () => {
    const before = await count("MATCH (n) WHERE NOT n:Snapshot RETURN count(n)");
    const res = await save(smallSnapshot());
    expect(res.statusCode).toBe(200);
    const saved = saveResponseSchema.parse(res.json());
    expect(saved.id).toMatch(/^[A-Za-z0-9_-]{38}$/);
    expect(saved.permalink).toBe(`/s/${saved.id}`);

    const opened = await app.inject({ method: "GET", url: `/api/snapshots/${saved.id}` });
    expect(opened.statusCode).toBe(200);
    const body = loadResponseSchema.parse(opened.json());
    // The server stamps the data source itself: the fixture graph holds one article.
    expect(body.snapshot).toEqual({
      ...smallSnapshot(),
      source: { articles: 1, latestIngestedAt: "2026-01-01T00:00:00Z" },
    });
    expect(body.live).toEqual(body.snapshot.source);
    expect(await count("MATCH (n) WHERE NOT n:Snapshot RETURN count(n)")).toBe(before);
    expect(await count("MATCH (s:Snapshot) RETURN count(s)")).toBe(1);
  });

  it("opens a version-0 document saved by an older viewer, upgraded", async () => {
    const s = smallSnapshot();
    const res = await save({
      title: "Old",
      savedAt: "2025-01-01T00:00:00Z",
      nodes: s.state.nodes,
      edges: s.state.edges,
      layout: s.state.positions,
    });
    const saved = saveResponseSchema.parse(res.json());
    const body = loadResponseSchema.parse(
      (await app.inject({ method: "GET", url: `/api/snapshots/${saved.id}` })).json(),
    );
    expect(body.snapshot.version).toBe(1);
    expect(body.snapshot.state.positions).toEqual(s.state.positions);
  });

  it.each([
    ["a document that is not a snapshot", { hello: "world" }, 400, "version"],
    [
      "a node without an id",
      { ...smallSnapshot(), state: { ...smallSnapshot().state, nodes: [{ label: "Person" }] } },
      400,
      "state.nodes.0.id",
    ],
  ])("refuses %s and names the field", async (_name, payload, status, words) => {
    const before = await count("MATCH (s:Snapshot) RETURN count(s)");
    const res = await save(payload);
    expect(res.statusCode).toBe(status);
    expect(res.json().error.message).toContain(words);
    expect(await count("MATCH (s:Snapshot) RETURN count(s)")).toBe(before);
  });

  it("refuses a body over the size limit with 413 and says what to do", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/snapshots",
      payload: `{"pad":"${"x".repeat(MAX_SNAPSHOT_BYTES)}"}`,
      headers: { "content-type": "application/json" },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toEqual({ code: "snapshot_too_large", message: expect.stringContaining("8 MB") });
  });

  it("stores nothing of the document readable: a Cypher reader sees a lookup id and ciphertext", async () => {
    const saved = saveResponseSchema.parse((await save({ ...smallSnapshot(), title: "Secret lead on Acme" })).json());
    const { records } = await driver.executeQuery("MATCH (s:Snapshot {id: $id}) RETURN properties(s) AS p", {
      id: saved.id.slice(0, 16),
    });
    const props = records[0]?.get("p") as Record<string, unknown>;
    expect(Object.keys(props).sort()).toEqual(["bytes", "createdAt", "id", "sealed", "version"]);
    expect(JSON.stringify(props)).not.toContain("Acme");
    expect(String(props.sealed)).not.toContain(saved.id.slice(16));
  });

  it("opens a link saved before sealing (a 16-character id and a document in the clear)", async () => {
    const body = JSON.stringify({ ...smallSnapshot(), title: "Before sealing" });
    await driver.executeQuery(
      "CREATE (:Snapshot {id: 'LegacyLinkAAAAAA', version: 1, title: 'Before sealing', createdAt: '2026-01-01T00:00:00Z', body: $body})",
      { body },
    );
    const opened = await app.inject({ method: "GET", url: "/api/snapshots/LegacyLinkAAAAAA" });
    expect(opened.statusCode).toBe(200);
    expect(loadResponseSchema.parse(opened.json()).snapshot.title).toBe("Before sealing");
  });

  it.each([
    ["an unknown link", () => "/api/snapshots/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", 404, "No snapshot opens"],
    ["a malformed link", () => "/api/snapshots/..%2F..%2Fetc", 400, "38 letters"],
  ])("answers %s clearly", async (_name, url, status, words) => {
    const res = await app.inject({ method: "GET", url: url() });
    expect(res.statusCode).toBe(status);
    expect(res.json().error.message).toContain(words);
  });

  it.each([
    ["its lookup id without the key", (id: string) => id.slice(0, 16)],
    ["another key", (id: string) => `${id.slice(0, 16)}${"B".repeat(22)}`],
  ])("opens nothing with %s (404, the same answer as no snapshot)", async (_name, tamper) => {
    const saved = saveResponseSchema.parse((await save(smallSnapshot())).json());
    const res = await app.inject({ method: "GET", url: `/api/snapshots/${tamper(saved.id)}` });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toContain("No snapshot opens");
  });

  it.each([["an unknown id", "/api/snapshots/AAAAAAAAAAAAAAAA", 404, "No snapshot opens"]])(
    "answers %s clearly",
    async (_name, url, status, words) => {
      const res = await app.inject({ method: "GET", url });
      expect(res.statusCode).toBe(status);
      expect(res.json().error.message).toContain(words);
    },
  );

  it("keeps a 5,000-element snapshot whole", async () => {
    const big = syntheticSnapshot(5_000);
    const saved = saveResponseSchema.parse((await save(big)).json());
    const body = loadResponseSchema.parse(
      (await app.inject({ method: "GET", url: `/api/snapshots/${saved.id}` })).json(),
    );
    expect(body.snapshot.state.nodes.length + body.snapshot.state.edges.length).toBe(
      big.state.nodes.length + big.state.edges.length,
    );
    expect(body.snapshot.state.positions).toEqual(big.state.positions);
  });

  it("reports the database being down as 503 without losing anything", async () => {
    const down = createSnapshotStore({ uri: "bolt://127.0.0.1:1", user: "neo4j", password: "x" });
    const downApp = await buildApp({ reader, snapshots: down });
    try {
      const res = await downApp.inject({ method: "POST", url: "/api/snapshots", payload: smallSnapshot() as never });
      expect(res.statusCode).toBe(503);
      expect(res.json().error.message).toContain("not reachable");
    } finally {
      await downApp.close();
      await down.close();
    }
  });
});

describe("snapshot quotas and deletion", () => {
  it("lets the holder of a link delete its snapshot, and nobody with a wrong key", async () => {
    const saved = saveResponseSchema.parse((await save(smallSnapshot())).json());
    const wrongKey = `${saved.id.slice(0, 16)}${"A".repeat(22)}`;
    const refused = await app.inject({ method: "DELETE", url: `/api/snapshots/${wrongKey}` });
    expect(refused.statusCode).toBe(404);
    expect((await app.inject({ method: "GET", url: `/api/snapshots/${saved.id}` })).statusCode).toBe(200);
    const deleted = await app.inject({ method: "DELETE", url: `/api/snapshots/${saved.id}` });
    expect(deleted.statusCode).toBe(204);
    expect((await app.inject({ method: "GET", url: `/api/snapshots/${saved.id}` })).statusCode).toBe(404);
    expect((await app.inject({ method: "DELETE", url: `/api/snapshots/${saved.id}` })).statusCode).toBe(404);
  });

  it("limits saves per client per hour with 429 and Retry-After", async () => {
    const limited = await buildApp({ reader, snapshots: store, snapshotSavesPerHour: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const res = await limited.inject({
          method: "POST",
          url: "/api/snapshots",
          payload: JSON.stringify(smallSnapshot()),
          headers: { "content-type": "application/json" },
        });
        statuses.push(res.statusCode);
        if (res.statusCode === 429) {
          expect(res.json().error.code).toBe("too_many_snapshots");
          expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
        }
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it("refuses a save with 507 once the store holds its total, and keeps what is stored", async () => {
    const stored = await count("MATCH (s:Snapshot) RETURN count(s)");
    const full = createSnapshotStore(testConnection(), { ...DEFAULT_SNAPSHOT_QUOTA, maxCount: stored + 1 });
    const fullApp = await buildApp({ reader, snapshots: full });
    try {
      const post = () =>
        fullApp.inject({
          method: "POST",
          url: "/api/snapshots",
          payload: JSON.stringify(smallSnapshot()),
          headers: { "content-type": "application/json" },
        });
      expect((await post()).statusCode).toBe(200);
      const refused = await post();
      expect(refused.statusCode).toBe(507);
      expect(refused.json().error.message).toContain("Delete snapshots you no longer need");
      expect(await count("MATCH (s:Snapshot) RETURN count(s)")).toBe(stored + 1);
      const bytesFull = createSnapshotStore(testConnection(), { maxCount: 1_000_000, maxTotalBytes: 1 });
      await expect(bytesFull.save(smallSnapshot())).rejects.toMatchObject({ status: 507 });
      await bytesFull.close();
    } finally {
      await fullApp.close();
      await full.close();
    }
  });
});
