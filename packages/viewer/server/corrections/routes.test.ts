/**
 * The corrections routes against the real test Neo4j: the round trips an analyst makes (merge,
 * split, confirm, reject, each undone), and everything the second write route refuses.
 */
import type { FastifyInstance } from "fastify";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { correctionResponseSchema, resolutionResponseSchema } from "../../shared/corrections/contract.js";
import { testConnection } from "../../test/fixture-graph.js";
import { articleIdOf, loadResolutionFixture, SCOPED_OBAMA } from "../../test/resolution-fixture.js";
import { buildApp } from "../app.js";
import { hostPolicy } from "../http/hosts.js";
import { createReader, type Reader } from "../neo4j/reader.js";
import { type CorrectionStore, createCorrectionStore } from "./store.js";

let app: FastifyInstance;
let reader: Reader;
let store: CorrectionStore;
let driver: Driver;

beforeAll(async () => {
  const connection = testConnection();
  driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  reader = createReader(connection);
  store = createCorrectionStore(connection);
  app = await buildApp({ reader, corrections: store, hosts: hostPolicy("127.0.0.1") });
});
afterAll(async () => {
  await app?.close();
  await reader?.close();
  await store?.close();
  await driver?.close();
});
beforeEach(async () => {
  await loadResolutionFixture();
});

const HOST = { host: "127.0.0.1:5173" };
const send = async (method: "POST" | "DELETE" | "PUT" | "PATCH", url: string, payload?: unknown, headers = {}) => {
  const res = await app.inject({
    method,
    url,
    headers: { ...HOST, "content-type": "application/json", ...headers },
    ...(payload === undefined ? {} : { payload: typeof payload === "string" ? payload : JSON.stringify(payload) }),
  });
  return { status: res.statusCode, body: res.json() as Record<string, unknown> };
};
const resolution = async (entity: string) => {
  const res = await app.inject({
    method: "GET",
    url: `/api/corrections?entity=${encodeURIComponent(entity)}`,
    headers: HOST,
  });
  return { status: res.statusCode, body: res.json() as Record<string, unknown> };
};
const record = async (body: unknown) => {
  const res = await send("POST", "/api/corrections", body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return correctionResponseSchema.parse(res.body);
};
const undo = async (id: string) => {
  const res = await send("DELETE", `/api/corrections/${id}`, { by: "ana" });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return correctionResponseSchema.parse(res.body);
};
const claimGraph = async () => {
  const rows = await driver.executeQuery(`
    CALL () {
      MATCH (e:Person)-[m:MENTIONED_IN]->(a:Article)
      RETURN 'mention ' + e.id + ' ' + e.name + ' ' + a.sourceKey + ' ' + m.resolution + ' ' + reduce(s = '', x IN e.aliases | s + x) AS line
      UNION
      MATCH (e:Person)-[:SAID]->(c:Claim) RETURN 'said ' + e.id + ' ' + c.id AS line
      UNION
      MATCH (c:Claim)-[:ABOUT]->(e:Person) RETURN 'about ' + e.id + ' ' + c.id AS line
      UNION
      MATCH (p)-[r:POSSIBLY_SAME_AS]->(t) RETURN 'possible ' + p.id + ' ' + t.id + ' ' + toString(r.score) AS line
    }
    RETURN line ORDER BY line`);
  return rows.records.map((r) => r.get("line") as string);
};

describe("what the details panel reads", () => {
  it("a kept short form: its article, forms and reason, and its possible matches with their evidence", async () => {
    const { status, body } = await resolution(SCOPED_OBAMA);
    expect(status).toBe(200);
    const r = resolutionResponseSchema.parse(body);
    expect(r.mentions).toEqual([
      expect.objectContaining({
        sourceKey: "fixture/x1.txt",
        forms: ["Obama"],
        resolution: expect.stringMatching(/^ambiguous surname/),
      }),
    ]);
    expect(r.possible.map((p) => [p.direction, p.other.name, p.score])).toEqual([
      ["out", "Barack Obama", 0.667],
      ["out", "Michelle Obama", 0.333],
    ]);
    expect(r.possible[0]?.evidence).toMatch(/^surname Obama; 2 full names/);
    const barack = resolutionResponseSchema.parse((await resolution("person:barack obama")).body);
    expect(barack.possible.map((p) => [p.direction, p.other.id])).toEqual([["in", SCOPED_OBAMA]]);
    expect((await resolution("person:nobody")).status).toBe(404);
  });
});

describe("round trips through the route", () => {
  it("merge: one node, with the correction listed on it; undo: the graph as it was", async () => {
    const before = await claimGraph();
    const { correction, moved } = await record({
      kind: "merge",
      entity: "person:joseph biden",
      target: "person:joe biden",
      by: "ana",
      note: "same man",
    });
    expect(moved).toBe(1);
    expect(correction).toMatchObject({
      kind: "merge",
      entity: "person:joseph biden",
      target: "person:joe biden",
      name: "Joseph Biden",
      targetName: "Joe Biden",
      by: "ana",
      note: "same man",
      sourceKey: null,
    });
    // The merged node is gone; its id is an alias of the node it went into, which answers for it.
    const merged = await resolution("person:joseph biden");
    expect(merged.status).toBe(200);
    expect(resolutionResponseSchema.parse(merged.body).entity.id).toBe("person:joe biden");
    const joe = resolutionResponseSchema.parse((await resolution("person:joe biden")).body);
    expect(joe.entity.aliases).toEqual(["Joseph Biden"]);
    expect(joe.mentions.find((m) => m.sourceKey === "fixture/a3.txt")).toMatchObject({
      correction: correction.id,
      before: "new",
      resolution: `analyst: merged Joseph Biden into Joe Biden (correction ${correction.id}, ana, ${correction.at.slice(0, 10)})`,
    });
    expect(joe.corrections.map((c) => c.id)).toEqual([correction.id]);
    const undone = await undo(correction.id);
    expect(undone.correction.undoneBy).toBe("ana");
    expect(undone.moved).toBe(1);
    expect(await claimGraph()).toEqual(before);
    expect((await send("DELETE", `/api/corrections/${correction.id}`, { by: "ana" })).status).toBe(404);
  });

  it("split: the article's mention gets its own node; undo puts it back", async () => {
    const before = await claimGraph();
    const a2 = articleIdOf("fixture/a2.txt");
    const { correction } = await record({ kind: "split", entity: "person:barack obama", article: a2, by: "ana" });
    expect(correction.sourceKey).toBe("fixture/a2.txt");
    const own = resolutionResponseSchema.parse((await resolution(`person:barack obama@${a2}`)).body);
    expect(own.mentions.map((m) => m.sourceKey)).toEqual(["fixture/a2.txt"]);
    expect(own.corrections.map((c) => c.id)).toEqual([correction.id]);
    const rest = resolutionResponseSchema.parse((await resolution("person:barack obama")).body);
    expect(rest.mentions.map((m) => m.sourceKey)).toEqual(["fixture/a1.txt"]);
    await undo(correction.id);
    expect(await claimGraph()).toEqual(before);
  });

  it("confirm a possible match, then undo; reject one, then undo", async () => {
    const { correction: confirm } = await record({
      kind: "confirm",
      entity: SCOPED_OBAMA,
      target: "person:barack obama",
      by: "ana",
    });
    expect(confirm).toMatchObject({ entity: "person:obama", sourceKey: "fixture/x1.txt", score: 0.667 });
    // The short form's node is gone: its id answers for the full name it joined.
    const joined = await resolution(SCOPED_OBAMA);
    expect(joined.status).toBe(200);
    expect(resolutionResponseSchema.parse(joined.body).entity.id).toBe("person:barack obama");
    const barack = resolutionResponseSchema.parse((await resolution("person:barack obama")).body);
    expect(barack.mentions.map((m) => m.sourceKey).sort()).toEqual([
      "fixture/a1.txt",
      "fixture/a2.txt",
      "fixture/x1.txt",
    ]);
    await undo(confirm.id);
    const back = resolutionResponseSchema.parse((await resolution(SCOPED_OBAMA)).body);
    expect(back.possible.map((p) => p.other.name)).toEqual(["Barack Obama"]);

    await loadResolutionFixture();
    const before = await claimGraph();
    const { correction: reject } = await record({
      kind: "reject",
      entity: SCOPED_OBAMA,
      target: "person:michelle obama",
      by: "ana",
    });
    const kept = resolutionResponseSchema.parse((await resolution(SCOPED_OBAMA)).body);
    expect(kept.possible.map((p) => p.other.name)).toEqual(["Barack Obama"]);
    expect(kept.corrections.map((c) => [c.kind, c.id])).toEqual([["reject", reject.id]]);
    await undo(reject.id);
    expect(await claimGraph()).toEqual(before);
  });
});

describe("what the write route refuses", () => {
  const merge = { kind: "merge", entity: "person:joseph biden", target: "person:joe biden", by: "ana" };
  it.each([
    ["another site's page (Origin)", "POST", "/api/corrections", merge, { origin: "http://evil.example" }, 403],
    ["a rebinding Host", "POST", "/api/corrections", merge, { host: "evil.example:5173" }, 421],
    [
      "an undo from another site's page",
      "DELETE",
      "/api/corrections/abc",
      { by: "ana" },
      { origin: "http://evil.example" },
      403,
    ],
    ["an unknown kind", "POST", "/api/corrections", { ...merge, kind: "delete" }, {}, 400],
    ["Cypher in the body", "POST", "/api/corrections", { query: "MATCH (n) DETACH DELETE n" }, {}, 400],
    ["an extra field", "POST", "/api/corrections", { ...merge, cypher: "MATCH (n) DETACH DELETE n" }, {}, 400],
    ["no analyst name", "POST", "/api/corrections", { ...merge, by: "" }, {}, 400],
    ["an id that is no person or organization", "POST", "/api/corrections", { ...merge, entity: "anon:x:y" }, {}, 400],
    ["not JSON", "POST", "/api/corrections", "kind=merge", {}, 400],
    ["a body over the size cap", "POST", "/api/corrections", { ...merge, note: "x".repeat(5000) }, {}, 413],
    ["a merge with itself", "POST", "/api/corrections", { ...merge, target: merge.entity }, {}, 400],
    ["a node that is not there", "POST", "/api/corrections", { ...merge, target: "person:nobody" }, {}, 404],
    ["a merge into an article-scoped node", "POST", "/api/corrections", { ...merge, target: SCOPED_OBAMA }, {}, 400],
    ["confirming a match that is not recorded", "POST", "/api/corrections", { ...merge, kind: "confirm" }, {}, 404],
    [
      "a split of a node with one article",
      "POST",
      "/api/corrections",
      { kind: "split", entity: "person:joseph biden", article: "0".repeat(32), by: "ana" },
      {},
      404,
    ],
    ["a malformed correction id", "DELETE", "/api/corrections/a%20b", { by: "ana" }, {}, 400],
    ["PUT", "PUT", "/api/corrections", merge, {}, 404],
    ["PATCH", "PATCH", "/api/corrections/abc", merge, {}, 404],
    ["a write under another path", "POST", "/api/corrections/abc/apply", merge, {}, 404],
  ] as const)(
    "%s: refused, and neither the graph nor the records change",
    async (_what, method, url, payload, headers, status) => {
      const before = await claimGraph();
      const res = await send(method, url, payload, headers);
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(typeof (res.body.error as { message?: unknown } | undefined)?.message).toBe("string");
      expect(await claimGraph()).toEqual(before);
      expect(
        (await driver.executeQuery("MATCH (c:Correction) RETURN count(c) AS n")).records[0]?.get("n").toNumber(),
      ).toBe(0);
    },
  );

  it("rate-limits corrections per client, and a viewer without a store takes none", async () => {
    const limited = await buildApp({ reader, corrections: store, correctionsPerHour: 1 });
    try {
      const body = JSON.stringify({ kind: "reject", entity: SCOPED_OBAMA, target: "person:michelle obama", by: "ana" });
      const post = () =>
        limited.inject({
          method: "POST",
          url: "/api/corrections",
          headers: { "content-type": "application/json" },
          payload: body,
        });
      expect((await post()).statusCode).toBe(201);
      const second = await post();
      expect(second.statusCode).toBe(429);
      expect(second.headers["retry-after"]).toBeDefined();
    } finally {
      await limited.close();
    }
    const readOnly = await buildApp({ reader });
    try {
      const res = await readOnly.inject({
        method: "POST",
        url: "/api/corrections",
        headers: { "content-type": "application/json" },
        payload: JSON.stringify(merge),
      });
      expect(res.statusCode).toBe(404);
    } finally {
      await readOnly.close();
    }
  });
});
