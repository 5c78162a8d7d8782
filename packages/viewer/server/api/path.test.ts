/** The shortest-path route against the test Neo4j (the fixture graph). */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_PATH_LENGTH, pathResponseSchema } from "../../shared/paths/contract.js";
import { FIXTURE_ARTICLE_ID, FIXTURE_CLAIMS, loadFixtureGraph, testConnection } from "../../test/fixture-graph.js";
import { buildApp } from "../app.js";
import { createReader, type Reader } from "../neo4j/reader.js";
import { pathCypher } from "./path.js";

let app: FastifyInstance;
let reader: Reader;

beforeAll(async () => {
  await loadFixtureGraph();
  reader = createReader(testConnection(), { maxRows: 50 });
  app = await buildApp({ reader });
}, 120_000);

afterAll(async () => {
  await app?.close();
  await reader?.close();
});

const path = async (params: Record<string, string>) => {
  const res = await app.inject({ method: "GET", url: `/api/path?${new URLSearchParams(params)}` });
  return { status: res.statusCode, body: res.json() as Record<string, unknown> };
};
const claimOf = (speaker: string) => FIXTURE_CLAIMS.find((c) => c.speaker === speaker)?.id as string;

describe("GET /api/path", () => {
  it("finds the shortest path through claims, nodes and edges in order", async () => {
    const { status, body } = await path({ from: "person:matthew dunn", to: "org:russia" });
    expect(status).toBe(200);
    const answer = pathResponseSchema.parse(body);
    const dunn = claimOf("person:matthew dunn");
    const trump = claimOf("person:donald trump");
    expect(answer.length).toBe(4);
    expect(answer.nodeIds).toEqual(["person:matthew dunn", dunn, "person:donald trump", trump, "org:russia"]);
    expect(answer.edgeIds).toEqual([
      `SAID:person:matthew dunn->${dunn}`,
      `ABOUT:${dunn}->person:donald trump`,
      `SAID:person:donald trump->${trump}`,
      `ABOUT:${trump}->org:russia`,
    ]);
    expect(answer.graph.nodes.map((n) => n.id).sort()).toEqual([...answer.nodeIds].sort());
    expect(answer.graph.edges.map((e) => e.id).sort()).toEqual([...answer.edgeIds].sort());
  });

  it.each([
    ["no path through claims alone", { scope: "claims" }, null],
    ["one step through the articles", { scope: "articles" }, 1],
  ])("an article and a person: %s", async (_name, extra, length) => {
    const answer = pathResponseSchema.parse(
      (await path({ from: FIXTURE_ARTICLE_ID, to: "person:donald trump", ...extra })).body,
    );
    expect(answer.length).toBe(length);
    expect(answer.nodeIds.length).toBe(length === null ? 0 : length + 1);
  });

  it("stops at the length bound", async () => {
    const answer = pathResponseSchema.parse(
      (await path({ from: "person:matthew dunn", to: "org:russia", max: "3" })).body,
    );
    expect(answer).toMatchObject({ length: null, max: 3, nodeIds: [] });
  });

  it.each([
    ["the same node twice", { from: "org:mi6", to: "org:mi6" }, 400, "two different nodes"],
    ["a bound over the cap", { from: "org:mi6", to: "org:russia", max: String(MAX_PATH_LENGTH + 1) }, 400, "max"],
    ["an unknown scope", { from: "org:mi6", to: "org:russia", scope: "everything" }, 400, "scope"],
    ["an unknown node", { from: "org:mi6", to: "org:nowhere" }, 404, "org:nowhere"],
  ])("refuses %s", async (_name, params, status, words) => {
    const answer = await path(params);
    expect(answer.status).toBe(status);
    expect((answer.body.error as { message: string }).message).toContain(words);
  });

  it("builds its query only from closed lists and a bound in range", () => {
    expect(pathCypher("org:a", "org:b", "claims", 2)).toContain("[:SAID|ABOUT|VIA|AFFILIATED_WITH|DISPUTES*..2]");
    expect(() => pathCypher("org:a", "org:b", "claims", 2.5)).toThrow("whole number");
    expect(() => pathCypher("org:a", "org:b", "claims", MAX_PATH_LENGTH + 1)).toThrow("whole number");
  });
});
