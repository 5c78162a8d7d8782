/** The Statements routes against the test Neo4j (fixture graph + the statement fixture). */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statementGraphResponseSchema, statementsResponseSchema } from "../../shared/statements/contract.js";
import { loadFixtureGraph, testConnection } from "../../test/fixture-graph.js";
import {
  addStatements,
  CARVIN_CLAIM,
  DISPUTE_EVIDENCE,
  DUNN_CLAIM,
  removeStatements,
  TRUMP_CLAIM,
} from "../../test/statement-fixture.js";
import { buildApp } from "../app.js";
import { createReader, type Reader } from "../neo4j/reader.js";

let app: FastifyInstance;
let reader: Reader;

beforeAll(async () => {
  await loadFixtureGraph();
  await addStatements();
  reader = createReader(testConnection(), { maxRows: 50 });
  app = await buildApp({ reader });
}, 120_000);

afterAll(async () => {
  await removeStatements();
  await app?.close();
  await reader?.close();
});

const get = async (url: string) => {
  const res = await app.inject({ method: "GET", url });
  return { status: res.statusCode, body: res.json() as Record<string, unknown> };
};

describe("GET /api/statements", () => {
  it("ranks statements reported more than once by reports, with the first report's wording and speaker", async () => {
    const { status, body } = await get("/api/statements");
    expect(status).toBe(200);
    const answer = statementsResponseSchema.parse(body);
    expect(answer.by).toBe("repeated");
    expect(answer.statements.map((s) => [s.id, s.reports, s.outlets, s.disputedBy])).toEqual([
      ["st:dunn", 3, 3, 0],
      ["st:wire-claim", 2, 2, 1],
    ]);
    expect(answer.statements[0]).toMatchObject({
      text: DUNN_CLAIM.text,
      speaker: { id: "person:matthew dunn", name: "Matthew Dunn" },
      firstOutlet: "Fixture Post",
      firstPublishedAt: "2017-05-17",
      firstClaimId: DUNN_CLAIM.id,
    });
    expect(answer.truncated).toBe(false);
  });

  it.each([
    ["by disputes", "/api/statements?by=disputed", ["st:wire-claim"], false],
    ["cut at the limit", "/api/statements?limit=1", ["st:dunn"], true],
  ])("%s", async (_name, url, ids, truncated) => {
    const answer = statementsResponseSchema.parse((await get(url)).body);
    expect(answer.statements.map((s) => s.id)).toEqual(ids);
    expect(answer.truncated).toBe(truncated);
  });

  it.each([
    ["an unknown ranking", "/api/statements?by=loudest", 'rank by "repeated" or "disputed"'],
    ["a limit over the cap", "/api/statements?limit=101", "limit"],
    ["a limit that is not a number", "/api/statements?limit=ten", "limit"],
  ])("refuses %s with a 400 naming the field", async (_name, url, words) => {
    const { status, body } = await get(url);
    expect(status).toBe(400);
    expect((body.error as { message: string }).message).toContain(words);
  });
});

describe("GET /api/statements/graph", () => {
  it("gives the reports first report first, with speakers, statement figures and the disputes", async () => {
    const { status, body } = await get(`/api/statements/graph?id=${encodeURIComponent("st:wire-claim")}`);
    expect(status).toBe(200);
    const answer = statementGraphResponseSchema.parse(body);
    expect(answer).toMatchObject({
      id: "st:wire-claim",
      firstClaimId: "wire-claim",
      reports: 2,
      returned: 2,
      truncated: false,
    });
    const ids = answer.graph.nodes.map((n) => n.id);
    for (const id of [
      "wire-claim",
      TRUMP_CLAIM.id,
      CARVIN_CLAIM.id,
      "person:donald trump",
      "person:stephanie carvin",
    ]) {
      expect(ids).toContain(id);
    }
    const wire = answer.graph.nodes.find((n) => n.id === "wire-claim");
    expect(wire?.props).toMatchObject({ statementId: "st:wire-claim", statementReports: 2, outlet: "Other Wire" });
    const dispute = answer.graph.edges.find((e) => e.type === "DISPUTES");
    expect(dispute).toMatchObject({
      source: CARVIN_CLAIM.id,
      target: TRUMP_CLAIM.id,
      props: { evidence: DISPUTE_EVIDENCE },
    });
  });

  it.each([
    ["an unknown statement", "st:nothing", 404, "No statement has the id"],
    ["an id that is not a statement's", "person:donald trump", 400, "a statement id"],
  ])("answers %s with %i", async (_name, id, status, words) => {
    const answer = await get(`/api/statements/graph?id=${encodeURIComponent(id)}`);
    expect(answer.status).toBe(status);
    expect((answer.body.error as { message: string }).message).toContain(words);
  });
});
