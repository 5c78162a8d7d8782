/**
 * Ids a node no longer has, against the real test Neo4j: a graph written under the old name key and
 * migrated by the loader (test/former-ids-fixture.ts), then the viewer's routes asked for the old
 * ids, as a snapshot or link made before the migration asks. Each answers for the node the id became,
 * under its current id; so does the node an analyst's merge took the id of.
 */
import type { FastifyInstance } from "fastify";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countsResponseSchema, entityResponseSchema, expandResponseSchema } from "../../shared/api/contract.js";
import { correctionResponseSchema, resolutionResponseSchema } from "../../shared/corrections/contract.js";
import { pathResponseSchema } from "../../shared/paths/contract.js";
import { testConnection } from "../../test/fixture-graph.js";
import { clearFormerIds, LEGACY, loadMigratedLegacyGraph } from "../../test/former-ids-fixture.js";
import { buildApp } from "../app.js";
import { type CorrectionStore, createCorrectionStore } from "../corrections/store.js";
import { hostPolicy } from "../http/hosts.js";
import { createReader, type Reader } from "../neo4j/reader.js";
import { findNodeCypher } from "./find-node.js";

let app: FastifyInstance;
let reader: Reader;
let store: CorrectionStore;
let driver: Driver;

beforeAll(async () => {
  await loadMigratedLegacyGraph();
  const connection = testConnection();
  driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  reader = createReader(testConnection());
  store = createCorrectionStore(testConnection());
  app = await buildApp({ reader, corrections: store, hosts: hostPolicy("127.0.0.1") });
});
afterAll(async () => {
  await app?.close();
  await reader?.close();
  await store?.close();
  await driver?.close();
  await clearFormerIds();
});

const HOST = { host: "127.0.0.1:5173" };
const get = async (url: string) => {
  const res = await app.inject({ method: "GET", url, headers: HOST });
  return { status: res.statusCode, body: res.json() as Record<string, unknown> };
};
const send = async (method: "POST" | "DELETE", url: string, payload: unknown) => {
  const res = await app.inject({
    method,
    url,
    headers: { ...HOST, "content-type": "application/json" },
    payload: JSON.stringify(payload),
  });
  return { status: res.statusCode, body: res.json() as Record<string, unknown> };
};
const entity = async (id: string) => {
  const res = await get(`/api/entity?id=${encodeURIComponent(id)}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return entityResponseSchema.parse(res.body);
};
const { chamber, beto, att } = LEGACY;

describe("an id the name-key migration changed", () => {
  it("is gone from the graph: only its alias names it", async () => {
    const { records } = await reader.read(
      "MATCH (n) WHERE n.id IN $old AND NOT n:IdAlias RETURN n.id AS id UNION MATCH (a:IdAlias) WHERE a.id IN $old RETURN a.id + ' → ' + a.to AS id",
      { old: [chamber.old, beto.old, att.old] },
    );
    expect(records.map((r) => r.get("id")).sort()).toEqual(
      [`${att.old} → ${att.now}`, `${beto.old} → ${beto.now}`, `${chamber.old} → ${chamber.now}`].sort(),
    );
  });

  it("entity details answer for the renamed node, under its current id", async () => {
    const details = await entity(chamber.old);
    expect(details.node).toMatchObject({ id: chamber.now, name: chamber.name, label: "Organization" });
    expect(details.claimsMadeTotal).toBe(1);
    expect((await entity(beto.old)).node.id).toBe(beto.now);
  });

  it("entity details answer for the node a re-keyed node was merged into", async () => {
    const details = await entity(att.old);
    expect(details.node).toMatchObject({ id: att.now, name: "ATT" });
    expect(details.aliases).toContain("AT&T");
  });

  it("counts and expand answer for the current node, whose id the answer carries", async () => {
    const counts = countsResponseSchema.parse(
      (await get(`/api/node/counts?id=${encodeURIComponent(chamber.old)}`)).body,
    );
    expect(counts.id).toBe(chamber.now);
    expect(counts.counts).toContainEqual({ type: "SAID", direction: "out", count: 1 });
    const res = await send("POST", "/api/node/expand", { id: chamber.old });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const expanded = expandResponseSchema.parse(res.body);
    expect(expanded.id).toBe(chamber.now);
    const ids = expanded.graph.nodes.map((n) => n.id);
    expect(ids).toContain(chamber.now);
    expect(ids).not.toContain(chamber.old);
    expect(expanded.graph.edges.find((e) => e.type === "SAID")?.source).toBe(chamber.now);
  });

  it("a shortest path between two old ids runs between the current nodes, and names their current ids", async () => {
    const res = await get(`/api/path?from=${encodeURIComponent(chamber.old)}&to=${encodeURIComponent(beto.old)}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const path = pathResponseSchema.parse(res.body);
    expect(path).toMatchObject({ from: chamber.now, to: beto.now, length: 2 });
    expect(path.nodeIds[0]).toBe(chamber.now);
    expect(path.nodeIds.at(-1)).toBe(beto.now);
  });

  it("the resolution panel answers for the current node", async () => {
    const res = await get(`/api/corrections?entity=${encodeURIComponent(chamber.old)}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(resolutionResponseSchema.parse(res.body).entity).toMatchObject({ id: chamber.now, name: chamber.name });
  });

  it("a node that has the id wins over an alias of it, and an alias whose node is gone finds nothing", async () => {
    const aliases = [
      { id: att.now, to: chamber.now },
      { id: "person:nobody now", to: "person:deleted since" },
    ];
    await driver.executeQuery("UNWIND $aliases AS a CREATE (:IdAlias {id: a.id, to: a.to})", { aliases });
    try {
      expect((await entity(att.now)).node.id).toBe(att.now);
      expect((await get("/api/entity?id=person%3Anobody%20now")).status).toBe(404);
    } finally {
      await driver.executeQuery("UNWIND $aliases AS a MATCH (x:IdAlias {id: a.id}) DELETE x", { aliases });
    }
  });

  it("is looked up with index seeks only, and the alias only when the id itself finds nothing", async () => {
    const { summary } = await driver.executeQuery(`PROFILE ${findNodeCypher(chamber.old)} RETURN n.id AS id`, {
      id: chamber.old,
    });
    const operators: string[] = [];
    const walk = (plan: { operatorType: string; children: unknown[] }) => {
      operators.push(plan.operatorType);
      for (const child of plan.children) walk(child as typeof plan);
    };
    walk(summary.profile as unknown as { operatorType: string; children: unknown[] });
    expect(operators.some((o) => /NodeUniqueIndexSeek/.test(o))).toBe(true);
    expect(operators.filter((o) => /Scan/.test(o))).toEqual([]);
  });
});

describe("an id an analyst's merge took", () => {
  it("finds the merge target (even when the merge was asked with an old id), and its own node again after an undo", async () => {
    // The chamber, renamed by the migration, is merged into ATT — asked for by its legacy id, as a
    // page opened on an old snapshot would.
    const res = await send("POST", "/api/corrections", {
      kind: "merge",
      entity: chamber.old,
      target: att.now,
      by: "t",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { correction } = correctionResponseSchema.parse(res.body);
    expect(correction).toMatchObject({ entity: chamber.now, target: att.now });
    // Both the id the merge took and the older one that had become it now find ATT (a chain, one hop).
    expect((await entity(chamber.now)).node.id).toBe(att.now);
    expect((await entity(chamber.old)).node.id).toBe(att.now);

    const undone = await send("DELETE", `/api/corrections/${correction.id}`, { by: "t" });
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
    expect((await entity(chamber.now)).node).toMatchObject({ id: chamber.now, name: chamber.name });
  });
});
