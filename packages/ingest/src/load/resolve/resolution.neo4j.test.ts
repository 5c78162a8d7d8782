import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { articleId } from "../ids.js";
import { GraphLoader, loadDocumentGraphs } from "../loader.js";
import { resetClaimGraph } from "../reset.js";
import { countOf, dumpGraph, testDriver, withoutLoadTimes } from "../test-database.js";
import { personArticle as article } from "./test-articles.js";

const mentions = async (driver: Driver, id: string) => {
  const result = await driver.executeQuery(
    "MATCH (e {id: $id})-[m:MENTIONED_IN]->(a:Article) RETURN a.sourceKey AS key, m.resolution AS how ORDER BY key",
    { id },
  );
  return result.records.map((r) => [r.get("key"), r.get("how")] as [string, string]);
};

describe("cross-article resolution of short forms on Neo4j", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await resetClaimGraph(driver);
    await driver.executeQuery("MATCH (a:IdAlias) DELETE a");
    await driver.close();
  });
  beforeEach(async () => {
    await resetClaimGraph(driver);
    await driver.executeQuery("MATCH (a:IdAlias) DELETE a");
  });

  it("a surname in a later ingest joins the full name the graph knows, with the reason on MENTIONED_IN", async () => {
    await loadDocumentGraphs(driver, [article("a1", ["Barack Obama"]), article("a2", ["Barack Obama", "Joe Biden"])]);
    await loadDocumentGraphs(driver, [article("a3", ["Obama", "Joe Biden"])]);
    expect(await countOf(driver, "(p:Person) WHERE p.id STARTS WITH 'person:obama'")).toBe(0);
    expect(await mentions(driver, "person:barack obama")).toEqual([
      ["a1", "new"],
      ["a2", "name"],
      ["a3", "surname: Obama → Barack Obama (only full name with that surname in the corpus, 2 articles)"],
    ]);
    const node = await driver.executeQuery(
      "MATCH (p:Person {id: 'person:barack obama'}) RETURN p.name AS name, p.aliases AS aliases",
    );
    expect(node.records[0]?.get("name")).toBe("Barack Obama");
    expect(node.records[0]?.get("aliases")).toEqual(["Obama"]);
    expect(await countOf(driver, "(:Person {id: 'person:barack obama'})-[:SAID]->(:Claim)")).toBe(3);
  });

  it("Barack and Michelle: a bare 'Obama' stays in its article, POSSIBLY_SAME_AS each; 'Mrs. Obama' is Michelle", async () => {
    await loadDocumentGraphs(driver, [
      article("b1", ["Barack Obama"]),
      article("b2", ["Barack Obama"]),
      article("m1", ["Michelle Obama"]),
      article("m2", ["Michelle Obama"]),
    ]);
    await loadDocumentGraphs(driver, [article("x1", ["Obama"]), article("x2", ["Mrs. Obama"])]);
    const x1 = articleId(article("x1", ["Obama"]).text);
    const possible = await driver.executeQuery(
      `MATCH (p:Person)-[r:POSSIBLY_SAME_AS]->(c:Person)
       RETURN p.id AS from, c.id AS to, r.score AS score, r.evidence AS evidence, r.articleId AS article ORDER BY to`,
    );
    expect(possible.records.map((r) => [r.get("from"), r.get("to"), r.get("score"), r.get("article")])).toEqual([
      [`person:obama@${x1}`, "person:barack obama", 0.5, x1],
      [`person:obama@${x1}`, "person:michelle obama", 0.5, x1],
    ]);
    expect(possible.records[0]?.get("evidence")).toMatch(
      /^surname Obama; 2 full names with that surname, none dominant/,
    );
    expect((await mentions(driver, "person:michelle obama")).at(-1)?.[1]).toMatch(/rules out 1 of the other gender/);
  });

  it("a surname kept apart early in a run joins the full name at the end of the run, and a re-run changes nothing", async () => {
    const corpus = [
      article("b1", ["Barack Obama"]),
      article("x1", ["Obama", "Joe Biden"]),
      article("b2", ["Barack Obama"]),
    ];
    const summary = await loadDocumentGraphs(driver, corpus);
    expect(summary.rechecked).toMatchObject({ shortForms: 1, merged: 1 });
    expect(await countOf(driver, "(p:Person) WHERE p.id STARTS WITH 'person:obama@'")).toBe(0);
    // The short form's node, on the canvas between its batch and the end of the run, left its id as an alias.
    const alias = await driver.executeQuery("MATCH (a:IdAlias) RETURN a.id AS id, a.to AS to");
    expect(alias.records.map((r) => [r.get("id"), r.get("to")])).toEqual([
      [`person:obama@${articleId(corpus[1]?.text ?? "")}`, "person:barack obama"],
    ]);
    expect(await countOf(driver, "()-[:POSSIBLY_SAME_AS]->()")).toBe(0);
    expect(await mentions(driver, "person:barack obama")).toEqual([
      ["b1", "new"],
      ["b2", "name"],
      [
        "x1",
        "surname: Obama → Barack Obama (only full name with that surname in the corpus, 2 articles); rechecked at the end of the run",
      ],
    ]);
    expect(await countOf(driver, "(:Person {id: 'person:barack obama'})-[:SAID]->(:Claim)")).toBe(3);
    const before = await dumpGraph(driver);
    const again = await loadDocumentGraphs(driver, corpus);
    expect(again.rechecked).toMatchObject({ shortForms: 0, merged: 0 });
    expect(await dumpGraph(driver)).toEqual(before);
  });

  it("the end-of-run pass reads kept short forms a page at a time and decides them as one read would", async () => {
    // Three forms kept early in the run (Biden's is not: Joe Biden has two articles by then): Cruz's and
    // Sanders's join their full name at the end, Obama's stays apart (Michelle arrives last).
    const corpus = [
      article("b1", ["Barack Obama"]),
      article("c1", ["Ted Cruz"]),
      article("s1", ["Bernie Sanders"]),
      article("x1", ["Cruz", "Joe Biden"]),
      article("x2", ["Sanders", "Joe Biden"]),
      article("x3", ["Biden", "Ted Cruz"]),
      article("x4", ["Obama", "Ted Cruz"]),
      article("c2", ["Ted Cruz"]),
      article("s2", ["Bernie Sanders"]),
      article("j1", ["Joe Biden"]),
      article("m1", ["Michelle Obama"]),
    ];
    const paged = await loadDocumentGraphs(driver, corpus, { recheckPageSize: 1 });
    const pagedGraph = withoutLoadTimes(await dumpGraph(driver));
    await resetClaimGraph(driver);
    await driver.executeQuery("MATCH (a:IdAlias) DELETE a");
    const whole = await loadDocumentGraphs(driver, corpus);
    expect(paged.rechecked).toMatchObject({ shortForms: 3, merged: 2 });
    expect(whole.rechecked).toMatchObject({ shortForms: 3, merged: 2 });
    expect(pagedGraph).toEqual(withoutLoadTimes(await dumpGraph(driver)));
    expect(await countOf(driver, "(p:Person) WHERE p.id CONTAINS '@'")).toBe(1);
  });

  it("re-ingesting changes no count and no property; a changed article takes its possible matches with it", async () => {
    const corpus = [
      article("b1", ["Barack Obama"]),
      article("b2", ["Barack Obama"]),
      article("m1", ["Michelle Obama"]),
      article("m2", ["Michelle Obama"]),
      article("x1", ["Obama"]),
      article("c1", ["Hillary Clinton", "Clinton"]),
    ];
    await loadDocumentGraphs(driver, corpus);
    const before = await dumpGraph(driver);
    const again = await loadDocumentGraphs(driver, corpus);
    expect(again.articles.unchanged).toBe(corpus.length);
    expect(await dumpGraph(driver)).toEqual(before);
    expect(await countOf(driver, "()-[:POSSIBLY_SAME_AS]->()")).toBe(2);

    // x1 now names Barack Obama himself: its scoped "Obama" and its possible matches go.
    await loadDocumentGraphs(driver, [article("x1", ["Barack Obama", "Obama"], "Changed.")]);
    expect(await countOf(driver, "()-[:POSSIBLY_SAME_AS]->()")).toBe(0);
    expect(await countOf(driver, "(p:Person) WHERE p.id STARTS WITH 'person:obama@'")).toBe(0);
    expect((await mentions(driver, "person:barack obama")).map(([k]) => k)).toEqual(["b1", "b2", "x1"]);
    expect(await countOf(driver, "(p:Person) WHERE p.id STARTS WITH 'person:clinton'")).toBe(0);
  });

  it("a namesake arriving in a later ingest splits off a surname merge it made ambiguous; a re-run changes nothing", async () => {
    await loadDocumentGraphs(driver, [
      article("b1", ["Barack Obama"]),
      article("b2", ["Barack Obama"]),
      article("x1", ["Obama", "Joe Biden"]),
    ]);
    expect((await mentions(driver, "person:barack obama")).map(([k]) => k)).toEqual(["b1", "b2", "x1"]);

    const later = [article("m1", ["Michelle Obama"]), article("m2", ["Michelle Obama"])];
    const summary = await loadDocumentGraphs(driver, later);
    expect(summary.rechecked).toMatchObject({ contested: 1, redecided: 1, split: 1 });
    const x1 = articleId(article("x1", ["Obama", "Joe Biden"]).text);
    const scoped = `person:obama@${x1}`;
    expect((await mentions(driver, "person:barack obama")).map(([k]) => k)).toEqual(["b1", "b2"]);
    const [[key, how] = []] = await mentions(driver, scoped);
    expect(key).toBe("x1");
    expect(how).toBe(
      "ambiguous surname: Obama (2 full names with that surname, none dominant); decided again at the end of the run: a namesake changed the picture",
    );
    // What the short form said and what its claim is about went with it; the full name lost its alias.
    expect(await countOf(driver, `(:Person {id: '${scoped}'})-[:SAID]->(:Claim {articleId: '${x1}'})`)).toBe(1);
    expect(await countOf(driver, "(:Person {id: 'person:barack obama'})-[:SAID]->(:Claim)")).toBe(2);
    const barack = await driver.executeQuery(
      "MATCH (p:Person {id: 'person:barack obama'}) RETURN p.aliases AS aliases",
    );
    expect(barack.records[0]?.get("aliases")).toEqual([]);
    const possible = await driver.executeQuery(
      "MATCH (:Person {id: $scoped})-[r:POSSIBLY_SAME_AS {articleId: $x1}]->(c:Person) RETURN c.id AS id ORDER BY id",
      { scoped, x1 },
    );
    expect(possible.records.map((r) => r.get("id"))).toEqual(["person:barack obama", "person:michelle obama"]);

    const before = await dumpGraph(driver);
    const again = await loadDocumentGraphs(driver, later);
    expect(again.articles.unchanged).toBe(2);
    expect(again.rechecked).toMatchObject({ split: 0, merged: 0 });
    expect(await dumpGraph(driver)).toEqual(before);
  });

  it("a run killed before its end-of-run pass: the next run weighs what it stored, and ends where one clean run does", async () => {
    const before = [
      article("b1", ["Barack Obama"]),
      article("b2", ["Barack Obama"]),
      article("x1", ["Obama", "Joe Biden"]),
    ];
    const later = [article("m1", ["Michelle Obama"]), article("m2", ["Michelle Obama"])];
    // the clean sequence
    await loadDocumentGraphs(driver, before);
    await loadDocumentGraphs(driver, later);
    const clean = withoutLoadTimes(await dumpGraph(driver));
    await resetClaimGraph(driver);

    await loadDocumentGraphs(driver, before);
    // a run that stores its articles and dies before its end-of-run pass
    const killed = new GraphLoader(driver, { batchSize: 1 });
    await killed.start();
    for (const a of later) await killed.add(a);
    await killed.drain();
    expect(await countOf(driver, "(a:Article) WHERE a.recheckPending IS NOT NULL")).toBe(2);
    // nothing weighed yet: "Obama" in x1 is still Barack's
    expect((await mentions(driver, "person:barack obama")).map(([k]) => k)).toEqual(["b1", "b2", "x1"]);

    // the re-run: `pnpm ingest` skips what is stored (KNOWN_ARTICLES), so nothing new is added
    const rerun = await loadDocumentGraphs(driver, []);
    expect(rerun.rechecked).toMatchObject({ contested: 1, redecided: 1, split: 1 });
    expect((await mentions(driver, "person:barack obama")).map(([k]) => k)).toEqual(["b1", "b2"]);
    expect(await countOf(driver, "(a:Article) WHERE a.recheckPending IS NOT NULL")).toBe(0);
    expect(withoutLoadTimes(await dumpGraph(driver))).toEqual(clean);
  });

  it("a merge the corpus still supports stays when a minor namesake arrives", async () => {
    await loadDocumentGraphs(driver, [
      ...["b1", "b2", "b3", "b4", "b5", "b6"].map((k) => article(k, ["Barack Obama"])),
      article("x1", ["Obama", "Joe Biden"]),
    ]);
    const summary = await loadDocumentGraphs(driver, [article("m1", ["Michelle Obama"])]);
    expect(summary.rechecked).toMatchObject({ contested: 1, redecided: 1, split: 0 });
    expect((await mentions(driver, "person:barack obama")).map(([k]) => k)).toContain("x1");
  });
});
