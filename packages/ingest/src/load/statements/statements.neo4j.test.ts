import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fromVariant } from "../../statements/fingerprint.js";
import type { LoadableArticle } from "../article.js";
import { GraphLoader, loadDocumentGraphs } from "../loader.js";
import { resetClaimGraph } from "../reset.js";
import { countOf, dumpGraph, seedGoldArticle, testDriver, withoutLoadTimes } from "../test-database.js";

/** The seed as carried by another outlet on another day: the same claims, a different article. */
function edition(seed: LoadableArticle, k: number, date: string | undefined): LoadableArticle {
  return {
    ...seed,
    sourceKey: `edition-${k}`,
    text: `${seed.text}\n\n[edition ${k}]`,
    source: `Outlet ${k % 3}`,
    publishedAt: date,
  };
}

/** A one-claim article: `speaker` says `quote` with `cue`, in `outlet` on `date`; `others` are named in it too. */
function oneClaim(
  sourceKey: string,
  outlet: string,
  date: string,
  speaker: string,
  cue: string,
  quote: string,
  others: { name: string; type: "Person" | "Organization"; kind?: "media" }[] = [],
): LoadableArticle {
  const text = `${speaker} ${cue} ${quote}. ${others.map((o) => o.name).join(" and ")} were named.`;
  const at = (part: string) => text.indexOf(part);
  return {
    sourceKey,
    text,
    source: outlet,
    publishedAt: date,
    graph: {
      document: sourceKey,
      entities: [
        { name: speaker, type: "Person", aliases: [] },
        ...others.map((o) => ({ name: o.name, type: o.type, aliases: [], ...(o.kind ? { kind: o.kind } : {}) })),
      ],
      affiliations: [],
      claims: [
        {
          speaker,
          speaker_start: 0,
          speaker_end: speaker.length,
          cue,
          cue_start: at(cue),
          cue_end: at(cue) + cue.length,
          kind: "indirect",
          text: quote,
          start: at(quote),
          end: at(quote) + quote.length,
          about: [],
        },
      ],
    },
  };
}

describe("statements in Neo4j", () => {
  let driver: Driver;
  let seed: LoadableArticle;
  let claims: number;

  beforeAll(() => {
    driver = testDriver();
    seed = seedGoldArticle();
    claims = seed.graph.claims.length;
  });
  afterAll(async () => {
    await resetClaimGraph(driver);
    await driver.close();
  });
  beforeEach(async () => {
    await resetClaimGraph(driver);
  });

  const statements = async () =>
    (
      await driver.executeQuery(
        `MATCH (s:Statement)
         RETURN s.id AS id, s.reports AS reports, s.articles AS articles, s.outlets AS outlets,
                s.firstPublishedAt AS first, s.firstOutlet AS firstOutlet,
                COUNT { (:Claim)-[:REPORTS]->(s) } AS edges`,
      )
    ).records.map((r) => r.toObject());

  it("groups each claim's reports across articles into one statement, with its first report and outlets", async () => {
    const dates = ["2017-05-17", "2017-05-15", undefined, "2017-05-16"];
    await loadDocumentGraphs(
      driver,
      dates.map((d, k) => edition(seed, k, d)),
      { batchSize: 2 },
    );
    const found = await statements();
    expect(found).toHaveLength(claims);
    for (const s of found) {
      expect(s).toMatchObject({
        reports: 4,
        articles: 4,
        outlets: 3,
        edges: 4,
        first: "2017-05-15",
        firstOutlet: "Outlet 1",
      });
    }
    expect(await countOf(driver, "(:Claim)-[:REPORTS]->(:Statement)")).toBe(4 * claims);
  });

  it("joins a new article to the stored statements without touching the others (incremental)", async () => {
    await loadDocumentGraphs(driver, [edition(seed, 0, "2017-05-16"), edition(seed, 1, "2017-05-16")]);
    const before = new Set((await statements()).map((s) => s.id));
    const summary = await loadDocumentGraphs(driver, [edition(seed, 2, "2017-05-14")]);
    expect(summary.articles.new).toBe(1);
    const after = await statements();
    expect(new Set(after.map((s) => s.id))).toEqual(before);
    for (const s of after)
      expect(s).toMatchObject({ reports: 3, articles: 3, first: "2017-05-14", firstOutlet: "Outlet 2" });
  });

  it("breaks a tie on the date by ingestion order", async () => {
    await loadDocumentGraphs(driver, [edition(seed, 1, "2017-05-16")]);
    await loadDocumentGraphs(driver, [edition(seed, 0, "2017-05-16")]);
    for (const s of await statements()) expect(s.firstOutlet).toBe("Outlet 1");
  });

  it("changes nothing when the same articles are ingested again", async () => {
    const inputs = [edition(seed, 0, "2017-05-16"), edition(seed, 1, "2017-05-15")];
    await loadDocumentGraphs(driver, inputs);
    const first = await dumpGraph(driver);
    const again = await loadDocumentGraphs(driver, inputs);
    expect(again.articles.unchanged).toBe(2);
    expect(await dumpGraph(driver)).toEqual(first);
  });

  it("takes a replaced article's reports back, and deletes a statement left with none", async () => {
    await loadDocumentGraphs(driver, [edition(seed, 0, "2017-05-15"), edition(seed, 1, "2017-05-16")]);
    // Edition 0 changes: it now has only its first claim (the others leave their statements).
    const [firstClaim] = seed.graph.claims;
    const changed: LoadableArticle = {
      ...edition(seed, 0, "2017-05-17"),
      text: `${seed.text}\n\n[edition 0, corrected]`,
      graph: { ...seed.graph, claims: firstClaim ? [firstClaim] : [] },
    };
    const summary = await loadDocumentGraphs(driver, [changed]);
    expect(summary.articles.replaced).toBe(1);
    const found = await statements();
    expect(found).toHaveLength(claims);
    const byReports = found.map((s) => s.reports).sort();
    expect(byReports.filter((n) => n === 2)).toHaveLength(1);
    expect(byReports.filter((n) => n === 1)).toHaveLength(claims - 1);
    for (const s of found) expect(s.first).toBe("2017-05-16");

    // Edition 1 goes entirely: the statements only it reported go with their wordings.
    await loadDocumentGraphs(driver, [
      {
        ...edition(seed, 1, "2017-05-16"),
        text: "Nothing said here.",
        graph: { ...seed.graph, entities: [], affiliations: [], claims: [] },
      },
    ]);
    expect(await statements()).toHaveLength(1);
    expect(await countOf(driver, "(w:Wording) WHERE NOT EXISTS { MATCH (s:Statement {id: w.statement}) }")).toBe(0);
    expect(await countOf(driver, "(:Wording)")).toBe(1);
  });

  it("serves the most-repeated ranking (the viewer's Statements view) from an index, not a scan of every statement", async () => {
    await loadDocumentGraphs(driver, [edition(seed, 1, "2017-05-16"), edition(seed, 2, "2017-05-17")]);
    const plan = await driver.executeQuery(
      "EXPLAIN MATCH (s:Statement) WHERE s.reports > 1 WITH s ORDER BY s.reports DESC, s.outlets DESC, s.firstOrder, s.id LIMIT 50 RETURN s",
    );
    const operators: string[] = [];
    const walk = (op: { operatorType: string; children: unknown[] }) => {
      operators.push(op.operatorType.replace(/@.*$/, ""));
      for (const child of op.children) walk(child as typeof op);
    };
    walk(plan.summary.plan as unknown as { operatorType: string; children: unknown[] });
    expect(operators).toContain("NodeIndexSeekByRange");
    expect(operators).not.toContain("NodeByLabelScan");
  });

  it("links Dina Powell's denial to The Washington Post's report (DISPUTES with evidence)", async () => {
    await loadDocumentGraphs(driver, [seed]);
    const result = await driver.executeQuery(
      `MATCH (:Person {name: 'Dina Powell'})-[:SAID]->(d:Claim)-[r:DISPUTES]->(t:Claim)<-[:SAID]-(s)
       RETURN s.name AS target, r.evidence AS evidence, t.text AS text ORDER BY text`,
    );
    const rows = result.records.map((r) => r.toObject());
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.target).toBe("The Washington Post");
      expect(row.evidence).toMatch(/^cue "denied": "(the reports|This story)"/);
    }
    expect(await countOf(driver, "()-[:DISPUTES]->()")).toBe(rows.length);
  });

  it("links a denial to the claim of another article it names, within the window only", async () => {
    const accusation = "the mayor took bribes from the builders of the bridge";
    const early = oneClaim("planet-1", "Daily Planet", "2017-05-15", "Lex Luthor", "said", accusation);
    const late = oneClaim("planet-2", "Daily Planet", "2017-05-30", "Lex Luthor", "said", `${accusation} again`);
    const denial = oneClaim(
      "wire-1",
      "Metro Wire",
      "2017-05-16",
      "Jane Doe",
      "denied",
      "Luthor's accusation that the mayor took any money",
      [{ name: "Lex Luthor", type: "Person" }],
    );
    await loadDocumentGraphs(driver, [early, late]);
    await loadDocumentGraphs(driver, [denial]);
    const edges = await driver.executeQuery(
      `MATCH (d:Claim)-[r:DISPUTES]->(t:Claim)-[:REPORTED_IN]->(a:Article)
       MATCH (d)-[:REPORTED_IN]->(b:Article)
       RETURN b.sourceKey AS from, a.sourceKey AS to, r.evidence AS evidence`,
    );
    expect(edges.records.map((r) => [r.get("from"), r.get("to")])).toEqual([["wire-1", "planet-1"]]);
    expect(edges.records[0]?.get("evidence")).toBe('cue "denied": "Luthor\'s accusation" of Lex Luthor');
  });

  it("groups the same with the loader's statement cache as by looking every speaker up in the graph", async () => {
    // Editions spread over batches of one, then a second run that replaces one of them (a purge).
    const inputs = Array.from({ length: 5 }, (_, k) => edition(seed, k, `2017-05-1${k}`));
    const [firstClaim] = seed.graph.claims;
    const changed: LoadableArticle = {
      ...edition(seed, 2, "2017-05-19"),
      text: `${seed.text}\n\n[edition 2, corrected]`,
      graph: { ...seed.graph, claims: firstClaim ? [firstClaim] : [] },
    };
    const run = async (statementCacheSize: number) => {
      await resetClaimGraph(driver);
      await loadDocumentGraphs(driver, inputs, { batchSize: 1, statementCacheSize });
      await loadDocumentGraphs(driver, [changed, edition(seed, 5, "2017-05-09")], { batchSize: 1, statementCacheSize });
      return withoutLoadTimes(await dumpGraph(driver));
    };
    const looked = await run(0);
    const cached = await run(1000);
    expect(cached).toEqual(looked);
    const found = await statements();
    expect(found).toHaveLength(claims);
    // The first claim is in all six editions; the others left edition 2 when it was corrected.
    expect(found.filter((s) => s.reports === 6)).toHaveLength(1);
    expect(found.filter((s) => s.reports === 5)).toHaveLength(claims - 1);
    for (const s of found) expect(s.first).toBe("2017-05-09");
  });

  it("looks a speaker up in the graph again once another loader wrote their statements mid-run", async () => {
    const loader = new GraphLoader(driver, { batchSize: 1 });
    await loader.start();
    await loader.add(edition(seed, 0, "2017-05-15"));
    await loader.drain();
    // Another process joins the same statements between this loader's batches.
    await loadDocumentGraphs(driver, [edition(seed, 1, "2017-05-14")]);
    await loader.add(edition(seed, 2, "2017-05-16"));
    await loader.finish();
    const found = await statements();
    expect(found).toHaveLength(claims);
    // A cache trusted past the other write would count 2 reports and keep edition 0 as the first.
    for (const s of found) expect(s).toMatchObject({ reports: 3, articles: 3, edges: 3, first: "2017-05-14" });
  });

  it("looks a speaker up in the graph again once a replaced article changed their statements mid-run", async () => {
    const [firstClaim] = seed.graph.claims;
    const corrected: LoadableArticle = {
      ...edition(seed, 0, "2017-05-15"),
      text: `${seed.text}\n\n[edition 0, corrected]`,
      graph: { ...seed.graph, claims: firstClaim ? [firstClaim] : [] },
    };
    const loader = new GraphLoader(driver, { batchSize: 1 });
    await loader.start();
    for (const article of [edition(seed, 0, "2017-05-15"), corrected, edition(seed, 1, "2017-05-16")]) {
      await loader.add(article);
      await loader.drain();
    }
    await loader.finish();
    // The correction deleted the statements only edition 0 reported; a cache trusted past it would report into them.
    expect(await countOf(driver, "(c:Claim) WHERE NOT (c)-[:REPORTS]->(:Statement)")).toBe(0);
    const found = await statements();
    expect(found).toHaveLength(claims);
    expect(found.map((s) => s.reports).sort()).toEqual([...Array(claims - 1).fill(1), 2]);
  });

  it("keeps one statement per utterance when batches write concurrently", async () => {
    const inputs = Array.from({ length: 6 }, (_, k) => edition(seed, k, "2017-05-16"));
    await loadDocumentGraphs(driver, inputs, { batchSize: 1, concurrency: 3 });
    const found = await statements();
    expect(found).toHaveLength(claims);
    for (const s of found) expect(s).toMatchObject({ reports: 6, edges: 6 });
  });
});

describe("a graph written with Band nodes (before Wording nodes)", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await resetClaimGraph(driver);
    await driver.close();
  });

  const wordings = async () =>
    (
      await driver.executeQuery(
        `MATCH (w:Wording) RETURN w.statement AS statement, [k IN keys(w) WHERE k STARTS WITH 'band' | toString(w[k])] AS bands
         ORDER BY statement, bands[0]`,
      )
    ).records.map((r) => r.toObject());

  it("is migrated at the next ingest: the same wordings, no Band left, and new reports join the old statements", async () => {
    await resetClaimGraph(driver);
    const seed = seedGoldArticle();
    await loadDocumentGraphs(driver, [edition(seed, 0, "2017-05-15")]);
    const current = await wordings();
    expect(current.length).toBe(seed.graph.claims.length);
    // Turn it into the old shape: each wording's keys as Band nodes linked from its statement.
    const legacy = await driver.executeQuery(
      "MATCH (s:Statement) RETURN s.id AS id, s.speakerKey AS speaker, s.variants AS variants",
    );
    for (const r of legacy.records) {
      const keys = (r.get("variants") as string[]).flatMap((v) => fromVariant(v, r.get("speaker") as string).keys);
      await driver.executeQuery(
        "MATCH (s:Statement {id: $id}) UNWIND $keys AS key MERGE (b:Band {key: key}) MERGE (s)-[:HAS_BAND]->(b)",
        { id: r.get("id"), keys },
      );
    }
    await driver.executeQuery("MATCH (w:Wording) DELETE w");
    expect(await countOf(driver, "(:Band)")).toBeGreaterThan(0);

    const summary = await loadDocumentGraphs(driver, [edition(seed, 1, "2017-05-16")]);
    expect(summary.articles.new).toBe(1);
    expect(await countOf(driver, "(:Band)")).toBe(0);
    expect(await countOf(driver, "()-[:HAS_BAND]->()")).toBe(0);
    expect(await wordings()).toEqual(current);
    const reports = await driver.executeQuery("MATCH (s:Statement) RETURN s.reports AS n");
    expect(reports.records.map((r) => Number(r.get("n")))).toEqual(seed.graph.claims.map(() => 2));
  });

  it("drops the band keys of a graph stored with 32 bands: properties and indexes gone, statements still joined", async () => {
    await resetClaimGraph(driver);
    const seed = seedGoldArticle();
    await loadDocumentGraphs(driver, [edition(seed, 0, "2017-05-15")]);
    const current = await wordings();
    // The old shape: 16 more band properties on every wording, each with its range index.
    await driver.executeQuery("CREATE INDEX wording_band16 IF NOT EXISTS FOR (n:Wording) ON (n.band16)");
    await driver.executeQuery("CREATE INDEX wording_band31 IF NOT EXISTS FOR (n:Wording) ON (n.band31)");
    await driver.executeQuery("MATCH (w:Wording) SET w.band16 = 16, w.band31 = 31");
    await driver.executeQuery("CALL db.awaitIndexes(60)");

    const summary = await loadDocumentGraphs(driver, [edition(seed, 1, "2017-05-16")]);
    expect(summary.articles.new).toBe(1);
    expect(await countOf(driver, "(w:Wording) WHERE w.band16 IS NOT NULL OR w.band31 IS NOT NULL")).toBe(0);
    const left = await driver.executeQuery(
      "SHOW INDEXES YIELD name WHERE name IN ['wording_band16', 'wording_band31'] RETURN count(*) AS n",
    );
    expect(Number(left.records[0]?.get("n"))).toBe(0);
    expect(await wordings()).toEqual(current);
    const reports = await driver.executeQuery("MATCH (s:Statement) RETURN s.reports AS n");
    expect(reports.records.map((r) => Number(r.get("n")))).toEqual(seed.graph.claims.map(() => 2));
  });
});
