import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { LoadableArticle } from "./article.js";
import { articleId } from "./ids.js";
import { loadDocumentGraphs } from "./loader.js";
import { resetClaimGraph } from "./reset.js";
import { countOf, dumpGraph, seedGoldArticle, testDriver } from "./test-database.js";

describe("loading the seed gold graph", () => {
  let driver: Driver;
  let seed: LoadableArticle;

  beforeAll(() => {
    driver = testDriver();
    seed = seedGoldArticle();
  });
  afterAll(async () => {
    await resetClaimGraph(driver);
    await driver.close();
  });
  beforeEach(async () => {
    await resetClaimGraph(driver);
  });

  it("stores the gold's people, organizations, claims and edges", async () => {
    const summary = await loadDocumentGraphs(driver, [seed]);
    expect(summary.articles).toEqual({ new: 1, unchanged: 0, replaced: 0, failed: 0 });
    const gold = seed.graph;
    const people = gold.entities.filter((e) => e.type === "Person").length;
    const orgs = gold.entities.filter((e) => e.type === "Organization").length;
    const anonymous = new Set(gold.claims.filter((c) => c.anonymous).map((c) => c.speaker)).size;
    expect(await countOf(driver, "(:Person&!Anonymous)")).toBe(people);
    expect(await countOf(driver, "(:Anonymous)")).toBe(anonymous);
    expect(await countOf(driver, "(:Organization)")).toBe(orgs);
    expect(await countOf(driver, "(:Claim)-[:REPORTED_IN]->(:Article)")).toBe(gold.claims.length);
    expect(await countOf(driver, "()-[:SAID]->(:Claim)")).toBe(gold.claims.filter((c) => c.speaker).length);
    const aboutPairs = gold.claims.reduce((n, c) => n + new Set(c.about).size, 0);
    expect(await countOf(driver, "(:Claim)-[:ABOUT]->()")).toBe(aboutPairs);
    expect(await countOf(driver, "(:Claim)-[:VIA]->(:Organization {name: 'Associated Press'})")).toBe(
      gold.claims.filter((c) => c.via === "Associated Press").length,
    );
    const affiliations = new Set(gold.affiliations.map((a) => `${a.person}|${a.organization}`)).size;
    expect(await countOf(driver, "(:Person)-[:AFFILIATED_WITH]->(:Organization)")).toBe(affiliations);
    expect(await countOf(driver, "()-[:MENTIONED_IN]->(:Article)")).toBe(people + orgs + anonymous);
    expect(summary.graph.claims).toBe(gold.claims.length);
  });

  it("answers 'what did Matthew Dunn say about Donald Trump' with offsets that cut the claim out of the article", async () => {
    await loadDocumentGraphs(driver, [seed]);
    const result = await driver.executeQuery(
      `MATCH (:Person {name: $speaker})-[:SAID]->(c:Claim)-[:ABOUT]->(:Person {name: $target}),
             (c)-[r:REPORTED_IN]->(a:Article)
       RETURN c.text AS text, a.text AS article, r.start AS start, r.end AS end ORDER BY start`,
      { speaker: "Matthew Dunn", target: "Donald Trump" },
    );
    const expected = seed.graph.claims
      .filter((c) => c.speaker === "Matthew Dunn" && c.about.includes("Donald Trump"))
      .map((c) => c.text);
    expect(expected.length).toBeGreaterThan(0);
    expect(result.records.map((r) => r.get("text"))).toEqual(expected);
    for (const record of result.records) {
      expect((record.get("article") as string).slice(record.get("start"), record.get("end"))).toBe(record.get("text"));
    }
  });

  it("re-ingesting the same input changes nothing", async () => {
    await loadDocumentGraphs(driver, [seed]);
    const before = await dumpGraph(driver);
    const again = await loadDocumentGraphs(driver, [seed]);
    expect(again.articles).toEqual({ new: 0, unchanged: 1, replaced: 0, failed: 0 });
    expect(again.rowsWritten).toBe(0);
    expect(await dumpGraph(driver)).toEqual(before);
  });

  it("a changed text under the same source replaces its article, claims and mentions", async () => {
    await loadDocumentGraphs(driver, [seed]);
    const first = await dumpGraph(driver);
    const changed = { ...seed, text: `${seed.text}\nCorrection appended.` };
    const summary = await loadDocumentGraphs(driver, [changed]);
    expect(summary.articles).toEqual({ new: 0, unchanged: 0, replaced: 1, failed: 0 });
    const ids = await driver.executeQuery("MATCH (a:Article) RETURN a.id AS id");
    expect(ids.records.map((r) => r.get("id"))).toEqual([articleId(changed.text)]);
    const second = await dumpGraph(driver);
    // Same entities (names, aliases), same number of claims and edges; only ids/text tied to the article differ.
    expect(second.nodes.length).toBe(first.nodes.length);
    expect(second.relationships.length).toBe(first.relationships.length);
    const entityNodes = (d: { nodes: string[] }) =>
      d.nodes.filter((n) => n.includes('"Organization"') || (n.includes('"Person"') && !n.includes("Anonymous")));
    expect(entityNodes(second)).toEqual(entityNodes(first));
  });

  it("a replaced article takes away the entities only it mentioned, and keeps shared ones", async () => {
    const other: LoadableArticle = {
      sourceKey: "test:other",
      text: "Donald Trump met Jane Example of Example Corp.",
      graph: {
        document: "other",
        entities: [
          { name: "Donald Trump", type: "Person", aliases: ["Trump"] },
          { name: "Jane Example", type: "Person", aliases: [] },
          { name: "Example Corp", type: "Organization", aliases: [] },
        ],
        affiliations: [{ person: "Jane Example", organization: "Example Corp" }],
        claims: [],
      },
    };
    await loadDocumentGraphs(driver, [seed, other]);
    expect(await countOf(driver, "(:Person {name: 'Jane Example'})")).toBe(1);
    const shorter: LoadableArticle = {
      ...other,
      text: "Donald Trump spoke.",
      graph: { ...other.graph, entities: [{ name: "Donald Trump", type: "Person", aliases: [] }], affiliations: [] },
    };
    const summary = await loadDocumentGraphs(driver, [shorter]);
    expect(summary.articles.replaced).toBe(1);
    expect(await countOf(driver, "(:Person {name: 'Jane Example'})")).toBe(0);
    expect(await countOf(driver, "(:Organization {name: 'Example Corp'})")).toBe(0);
    expect(await countOf(driver, "(:Person {name: 'Donald Trump'})-[:MENTIONED_IN]->(:Article)")).toBe(2);
  });

  it("fails an article whose claim offsets do not match its text, naming it, and stores the rest", async () => {
    const broken: LoadableArticle = {
      sourceKey: "test:broken",
      text: "Short text.",
      graph: { document: "broken", entities: [], affiliations: [], claims: seed.graph.claims.slice(0, 1) },
    };
    const summary = await loadDocumentGraphs(driver, [broken, seed]);
    expect(summary.articles).toMatchObject({ new: 1, failed: 1 });
    expect(summary.failures[0]?.origin).toBe("test:broken");
    expect(summary.failures[0]?.error).toMatch(/claim 1: offsets \d+–\d+ are outside the text/);
    expect(await countOf(driver, "(:Article)")).toBe(1);
  });
});
