import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  claimResponseSchema,
  countsResponseSchema,
  cypherResponseSchema,
  entityResponseSchema,
  expandResponseSchema,
  overviewResponseSchema,
  schemaResponseSchema,
  searchResponseSchema,
} from "../shared/api/contract.js";
import { FIXTURE_ARTICLE_ID, FIXTURE_CLAIMS, loadFixtureGraph, testConnection } from "../test/fixture-graph.js";
import { relationshipPattern } from "./api/neighbourhood.js";
import { buildApp } from "./app.js";
import { createReader, type Reader } from "./neo4j/reader.js";

let app: FastifyInstance;
let reader: Reader;

beforeAll(async () => {
  await loadFixtureGraph();
  // The default time limit: a short one for the whole file made every test flaky on a busy machine.
  // The timeout test below has its own server with a 1.5 s limit.
  reader = createReader(testConnection(), { maxRows: 50 });
  app = await buildApp({ reader });
});

afterAll(async () => {
  await app?.close();
  await reader?.close();
});

const get = async (url: string) => {
  const res = await app.inject({ method: "GET", url });
  return { status: res.statusCode, body: res.json() as Record<string, unknown> };
};
const post = async (url: string, payload: unknown) => {
  const res = await app.inject({ method: "POST", url, payload: payload as Record<string, unknown> });
  return { status: res.statusCode, body: res.json() as Record<string, unknown> };
};
const errorOf = (body: Record<string, unknown>) => body.error as { code: string; message: string; position?: unknown };

const dunnClaims = FIXTURE_CLAIMS.filter((c) => c.speaker === "person:matthew dunn");

describe("search", () => {
  it("ranks the person named Dunn first and finds his quote by its words", async () => {
    const { status, body } = await get("/api/search?q=Dunn");
    expect(status).toBe(200);
    const result = searchResponseSchema.parse(body);
    expect(result.hits[0]).toMatchObject({ id: "person:matthew dunn", label: "Person", name: "Matthew Dunn" });
    expect(result.hits[0]?.detail).toBe(`${dunnClaims.length} claims made · 0 about`);
    const byWords = searchResponseSchema.parse((await get("/api/search?q=years%20of%20trust")).body);
    expect(byWords.hits.map((h) => h.id)).toContain(FIXTURE_CLAIMS[0]?.id);
    expect(byWords.hits.find((h) => h.id === FIXTURE_CLAIMS[0]?.id)?.detail).toBe("claim by Matthew Dunn");
  });

  it.each([
    ["a whole word finds the claim", "conversation", true],
    ["a prefix of a claim word does not", "conversat", false],
    ["a typo in a claim word does not", "conversatoin", false],
  ])("claim text: %s", async (_what, q, found) => {
    const result = searchResponseSchema.parse((await get(`/api/search?q=${q}`)).body);
    expect(result.hits.some((h) => h.id === FIXTURE_CLAIMS[0]?.id)).toBe(found);
  });

  it("is a type-ahead: a prefix finds the name", async () => {
    const result = searchResponseSchema.parse((await get("/api/search?q=carv")).body);
    expect(result.hits[0]?.id).toBe("person:stephanie carvin");
  });

  it("marks the result truncated when more hits exist than the limit", async () => {
    const result = searchResponseSchema.parse((await get("/api/search?q=trump&limit=1")).body);
    expect(result.hits).toHaveLength(1);
    expect(result.truncated).toBe(true);
  });

  it.each([
    ["an empty query", "/api/search?q=%20", "type at least one character"],
    ["a huge limit", "/api/search?q=x&limit=100000", "limit"],
    ["a limit that is not a number", "/api/search?q=x&limit=abc", "limit"],
  ])("refuses %s with 400", async (_name, url, words) => {
    const { status, body } = await get(url);
    expect(status).toBe(400);
    expect(errorOf(body).code).toBe("bad_request");
    expect(errorOf(body).message).toContain(words);
  });

  it("treats Lucene syntax in the query as text", async () => {
    const { status, body } = await get(`/api/search?q=${encodeURIComponent('dunn" OR *:*')}`);
    expect(status).toBe(200);
    expect(searchResponseSchema.parse(body).hits).toHaveLength(0);
  });
});

describe("neighbourhood", () => {
  it("counts neighbours per relationship type before expanding", async () => {
    const { status, body } = await get(`/api/node/counts?id=${encodeURIComponent("person:matthew dunn")}`);
    expect(status).toBe(200);
    const counts = countsResponseSchema.parse(body).counts;
    expect(counts).toEqual(
      expect.arrayContaining([
        { type: "SAID", direction: "out", count: 2 },
        { type: "AFFILIATED_WITH", direction: "out", count: 1 },
        { type: "MENTIONED_IN", direction: "out", count: 1 },
      ]),
    );
    expect(counts).toHaveLength(3);
  });

  it("answers 404 for counts of an id no node has", async () => {
    const { status, body } = await get(`/api/node/counts?id=${encodeURIComponent("org:nowhere")}`);
    expect(status).toBe(404);
    expect(errorOf(body).message).toContain('"org:nowhere"');
  });

  it("expands one relationship type, bringing each claim's speaker and targets", async () => {
    const { status, body } = await post("/api/node/expand", { id: "person:matthew dunn", type: "SAID", limit: 10 });
    expect(status).toBe(200);
    const result = expandResponseSchema.parse(body);
    expect(result).toMatchObject({ total: 2, returned: 2, truncated: false });
    const ids = result.graph.nodes.map((n) => n.id).sort();
    expect(ids).toEqual(
      [...dunnClaims.map((c) => c.id), "person:matthew dunn", "person:donald trump", "org:mi6", "org:five eyes"].sort(),
    );
    const about = result.graph.edges.filter((e) => e.type === "ABOUT").map((e) => `${e.source}>${e.target}`);
    expect(about).toContain(`${dunnClaims[0]?.id}>person:donald trump`);
    const claim = result.graph.nodes.find((n) => n.id === dunnClaims[0]?.id);
    expect(claim?.props).toMatchObject({ kind: "direct", outlet: "Fixture Post" });
  });

  it("pages a truncated expansion", async () => {
    const first = expandResponseSchema.parse(
      (await post("/api/node/expand", { id: "person:matthew dunn", type: "SAID", limit: 1 })).body,
    );
    expect(first).toMatchObject({ total: 2, returned: 1, truncated: true });
    const rest = expandResponseSchema.parse(
      (await post("/api/node/expand", { id: "person:matthew dunn", type: "SAID", limit: 1, skip: 1 })).body,
    );
    expect(rest).toMatchObject({ total: 2, returned: 1, truncated: false });
    const claimOf = (r: typeof first) => r.graph.nodes.filter((n) => n.label === "Claim").map((n) => n.id);
    expect(new Set([...claimOf(first), ...claimOf(rest)])).toEqual(new Set(dunnClaims.map((c) => c.id)));
  });

  it.each([
    ["an unknown id", { id: "person:nobody" }, 404, "not_found"],
    ["a limit above the cap", { id: "person:matthew dunn", limit: 1_000_000 }, 400, "bad_request"],
    ["a string limit", { id: "person:matthew dunn", limit: "ten" }, 400, "bad_request"],
    ["a type outside the schema", { id: "person:matthew dunn", type: "KNOWS" }, 400, "bad_request"],
    ["no id", {}, 400, "bad_request"],
  ])("refuses %s", async (_name, payload, status, code) => {
    const res = await post("/api/node/expand", payload);
    expect(res.status).toBe(status);
    expect(errorOf(res.body).code).toBe(code);
  });

  it("answers malformed JSON with a clear 400", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/node/expand",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/JSON/);
  });
});

describe("details", () => {
  it("describes a person: aliases, affiliations, claims made and about, articles", async () => {
    const { status, body } = await get(`/api/entity?id=${encodeURIComponent("person:matthew dunn")}`);
    expect(status).toBe(200);
    const entity = entityResponseSchema.parse(body);
    expect(entity.aliases).toEqual(["Dunn"]);
    expect(entity.affiliations).toEqual([
      {
        other: { id: "org:mi6", name: "MI6", label: "Organization" },
        role: "former officer",
        former: true,
        articleId: FIXTURE_ARTICLE_ID,
        direction: "out",
      },
    ]);
    expect(entity.claimsMadeTotal).toBe(2);
    expect(entity.claimsMade.map((c) => c.id).sort()).toEqual(dunnClaims.map((c) => c.id).sort());
    expect(entity.claimsAboutTotal).toBe(0);
    expect(entity.articles).toEqual([
      {
        id: FIXTURE_ARTICLE_ID,
        title: "Allies weigh what to share",
        outlet: "Fixture Post",
        publishedAt: "2017-05-17",
        mentions: 1,
      },
    ]);
  });

  it("gives a claim with its paragraph, and offsets that slice back to the quote and the cue", async () => {
    const claim = FIXTURE_CLAIMS[0];
    const { status, body } = await get(`/api/claim?id=${claim?.id}`);
    expect(status).toBe(200);
    const result = claimResponseSchema.parse(body);
    const ctx = result.context;
    expect(ctx?.paragraph.slice(ctx.quote.start, ctx.quote.end)).toBe(claim?.text);
    expect(ctx?.cue && ctx.paragraph.slice(ctx.cue.start, ctx.cue.end)).toBe("said");
    expect(ctx?.speaker && ctx.paragraph.slice(ctx.speaker.start, ctx.speaker.end)).toBe("Matthew Dunn");
    expect(ctx?.paragraph.startsWith("Matthew Dunn, a former MI6 officer")).toBe(true);
    expect(result.speakers).toEqual([{ id: "person:matthew dunn", name: "Matthew Dunn", label: "Person" }]);
    expect(result.targets.map((t) => t.id).sort()).toEqual(["org:mi6", "person:donald trump"]);
    expect(result.article).toMatchObject({ outlet: "Fixture Post", publishedAt: "2017-05-17" });
  });

  it("answers 404 for a claim id that does not exist", async () => {
    const { status, body } = await get("/api/claim?id=0000");
    expect(status).toBe(404);
    expect(errorOf(body).message).toContain('"0000"');
  });
});

describe("overview", () => {
  it("ranks speakers and targets and returns the claims between them", async () => {
    const { status, body } = await get("/api/overview?top=5");
    expect(status).toBe(200);
    const result = overviewResponseSchema.parse(body);
    const aboutEdges = FIXTURE_CLAIMS.reduce((sum, c) => sum + c.about.length, 0);
    expect(result.counts).toMatchObject({
      Person: 3,
      Organization: 3,
      Claim: 4,
      Article: 1,
      SAID: 4,
      ABOUT: aboutEdges,
    });
    expect(result.topSpeakers[0]).toEqual({
      id: "person:matthew dunn",
      name: "Matthew Dunn",
      label: "Person",
      count: 2,
    });
    // Ties are broken by name.
    expect(result.topTargets.slice(0, 2).map((t) => [t.id, t.count])).toEqual([
      ["person:donald trump", 2],
      ["org:five eyes", 2],
    ]);
    expect(result.graph.nodes.filter((n) => n.label === "Claim")).toHaveLength(4);
    expect(result.truncated).toBe(false);
  });
});

describe("cypher", () => {
  it("returns both a table and a graph", async () => {
    const { status, body } = await post("/api/cypher", {
      query: "MATCH (p:Person {name: $name})-[r:SAID]->(c:Claim) RETURN p, r, c, c.kind AS kind ORDER BY c.kind",
      params: { name: "Matthew Dunn" },
    });
    expect(status).toBe(200);
    const result = cypherResponseSchema.parse(body);
    expect(result.columns).toEqual(["p", "r", "c", "kind"]);
    expect(result.rows.map((r) => r[3])).toEqual(["direct", "indirect"]);
    expect(result.graph.nodes).toHaveLength(3);
    expect(result.graph.edges.map((e) => e.type)).toEqual(["SAID", "SAID"]);
    expect(result.truncated).toBe(false);
  });

  it("connects the nodes a query returns with the relationships among them, as Neo4j Browser does", async () => {
    const result = cypherResponseSchema.parse(
      (
        await post("/api/cypher", {
          query: "MATCH (p:Person)-[:SAID]->(c:Claim)-[:ABOUT]->(t) RETURN p, c, t LIMIT 25",
        })
      ).body,
    );
    const types = new Set(result.graph.edges.map((e) => e.type));
    expect(types.has("SAID") && types.has("ABOUT")).toBe(true);
    const ids = new Set(result.graph.nodes.map((n) => n.id));
    for (const edge of result.graph.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    // Every returned (speaker, claim) pair is joined by its SAID edge.
    const said = new Set(result.graph.edges.filter((e) => e.type === "SAID").map((e) => `${e.source}>${e.target}`));
    for (const row of result.rows) {
      const [p, c] = row as [{ id: string }, { id: string }];
      expect(said.has(`${p.id}>${c.id}`)).toBe(true);
    }
  });

  it("caps rows and says the result was truncated", async () => {
    const result = cypherResponseSchema.parse(
      (await post("/api/cypher", { query: "UNWIND range(1, 500) AS x RETURN x", limit: 20 })).body,
    );
    expect(result.rows).toHaveLength(20);
    expect(result.truncated).toBe(true);
  });

  it.each([
    ["CREATE", "CREATE (n:Person {id: 'person:x'}) RETURN n", 403, "read_only"],
    ["SET hidden in a subquery", "MATCH (n:Person) CALL (n) { SET n.x = 1 } RETURN n", 403, "read_only"],
    ["two statements", "MATCH (n) RETURN n; MATCH (m) RETURN m", 400, "multiple_statements"],
    ["LOAD CSV", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 403, "forbidden_clause"],
  ])("refuses a write or unsafe query: %s", async (_name, query, status, code) => {
    const res = await post("/api/cypher", { query });
    expect(res.status).toBe(status);
    expect(errorOf(res.body).code).toBe(code);
    expect(errorOf(res.body).message.length).toBeGreaterThan(20);
  });

  it("leaves the data unchanged after a refused write", async () => {
    await post("/api/cypher", { query: "MATCH (n) DETACH DELETE n" });
    const result = cypherResponseSchema.parse(
      (await post("/api/cypher", { query: "MATCH (n:Claim) RETURN count(n) AS n" })).body,
    );
    expect(result.rows).toEqual([[FIXTURE_CLAIMS.length]]);
  });

  it("reports a syntax error with its position", async () => {
    const res = await post("/api/cypher", { query: "MATCH (n:Person)\nRETURN n ORDER BYE n.name" });
    expect(res.status).toBe(400);
    const error = errorOf(res.body);
    expect(error.code).toBe("cypher_syntax");
    expect(error.position).toMatchObject({ line: 2 });
  });

  it("stops a query that runs past the timeout with 504 (a 408 would make browsers resend it)", async () => {
    const quick = createReader(testConnection(), { timeoutMs: 1_500 });
    const quickApp = await buildApp({ reader: quick });
    try {
      const res = await quickApp.inject({
        method: "POST",
        url: "/api/cypher",
        payload: { query: "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n" },
      });
      expect(res.statusCode).toBe(504);
      expect(res.json().error).toMatchObject({ code: "query_timeout" });
      expect(res.json().error.message).toContain("1.5 s");
    } finally {
      await quickApp.close();
      await quick.close();
    }
  });

  it.each([
    ["an empty query", { query: "   " }],
    ["a query that is not a string", { query: 42 }],
    ["a limit above the cap", { query: "RETURN 1", limit: 10_000_000 }],
  ])("refuses %s with 400", async (_name, payload) => {
    const res = await post("/api/cypher", payload);
    expect(res.status).toBe(400);
    expect(errorOf(res.body).code).toBe("bad_request");
  });
});

describe("schema and routing", () => {
  it("lists labels with counts and properties, and relationship types", async () => {
    const result = schemaResponseSchema.parse((await get("/api/schema")).body);
    const claim = result.labels.find((l) => l.name === "Claim");
    expect(claim?.count).toBe(FIXTURE_CLAIMS.length);
    expect(claim?.properties).toEqual(expect.arrayContaining(["text", "kind", "cue"]));
    expect(result.relationshipTypes.find((r) => r.name === "REPORTED_IN")?.properties).toContain("start");
  });

  it("answers an unknown API route with a JSON 404", async () => {
    const { status, body } = await get("/api/nope");
    expect(status).toBe(404);
    expect(errorOf(body).message).toContain("/api/nope");
  });
});

describe("database down", () => {
  it("says which database is unreachable and what to do", async () => {
    const down = createReader({ uri: "bolt://127.0.0.1:1", user: "neo4j", password: "x" });
    const downApp = await buildApp({ reader: down });
    try {
      const res = await downApp.inject({ method: "GET", url: "/api/search?q=dunn" });
      expect(res.statusCode).toBe(503);
      expect(res.json().error.message).toContain("bolt://127.0.0.1:1");
      expect(res.json().error.message).toContain("pnpm db:start");
    } finally {
      await downApp.close();
      await down.close();
    }
  });
});

describe("relationship patterns for expansion", () => {
  it.each([
    [undefined, undefined, "(n)-[r]-(m)"],
    ["SAID", "out", "(n)-[r:SAID]->(m)"],
    ["ABOUT", "in", "(n)<-[r:ABOUT]-(m)"],
    ["MENTIONED_IN", undefined, "(n)-[r:MENTIONED_IN]-(m)"],
  ] as const)("%s %s → %s", (type, direction, expected) => {
    expect(relationshipPattern(type, direction)).toBe(expected);
  });
});
