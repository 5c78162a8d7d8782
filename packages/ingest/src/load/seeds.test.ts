import { readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractDocument } from "../extract/index.js";
import { ingest } from "./ingest.js";
import { resetClaimGraph } from "./reset.js";
import { dumpGraph, REPO_ROOT, SEED_FILE, seedGoldArticle, testDriver } from "./test-database.js";

/** `pnpm ingest seeds/` end to end, with the real extractor: structure, offsets, gold, idempotence. */
describe("ingesting seeds/ with the real extractor", () => {
  let driver: Driver;
  const text = readFileSync(SEED_FILE, "utf8");
  const extracted = extractDocument({ id: path.basename(SEED_FILE), text, origin: SEED_FILE, format: "text" });
  const run = async (query: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(query, params)).records.map((r) => r.toObject());

  beforeAll(async () => {
    driver = testDriver();
    await resetClaimGraph(driver);
    const summary = await ingest({ inputs: [path.join(REPO_ROOT, "seeds")], driver });
    expect(summary.articles.new).toBe(1);
  });
  afterAll(async () => {
    await resetClaimGraph(driver);
    await driver.close();
  });

  it("stores every claim the extractor found, with offsets that cut its text out of the article", async () => {
    const rows = await run(
      "MATCH (c:Claim)-[r:REPORTED_IN]->(a:Article) RETURN c.text AS text, r.start AS start, r.end AS end, a.text AS article",
    );
    expect(rows.length).toBe(extracted.claims.length);
    for (const row of rows)
      expect((row.article as string).slice(row.start as number, row.end as number)).toBe(row.text);
    const said = await run("MATCH ()-[:SAID]->(c:Claim) RETURN count(c) AS n");
    expect(said[0]?.n).toBe(extracted.claims.filter((c) => c.speaker !== null || c.anonymous).length);
  });

  it("stores the extractor's people and organizations, each mentioned in the article", async () => {
    const rows = await run(
      "MATCH (e)-[m:MENTIONED_IN]->(:Article) WHERE NOT e:Anonymous RETURN e.name AS name, labels(e) AS labels",
    );
    const stored = new Set(rows.map((r) => `${(r.labels as string[]).join()}|${r.name}`));
    for (const entity of extracted.entities) expect(stored).toContain(`${entity.type}|${entity.name}`);
  });

  it("has the gold's people that the extractor finds", async () => {
    const gold = seedGoldArticle().graph;
    const found = new Set(extracted.entities.map((e) => e.name));
    const people = gold.entities.filter((e) => e.type === "Person" && found.has(e.name)).map((e) => e.name);
    expect(people.length).toBeGreaterThan(0);
    const rows = await run("MATCH (p:Person) WHERE p.name IN $people RETURN p.name AS name", { people });
    expect(rows.map((r) => r.name).sort()).toEqual([...people].sort());
  });

  it("answers 'what did Matthew Dunn say about Donald Trump' with the claims the extractor attributes to him", async () => {
    const expected = extracted.claims
      .filter((c) => c.speaker === "Matthew Dunn" && c.about.includes("Donald Trump"))
      .map((c) => c.text);
    // The seed has such claims (its gold has two): finding none must fail here, not compare [] with [].
    expect(expected.length).toBeGreaterThan(0);
    const rows = await run(
      `MATCH (:Person {name: 'Matthew Dunn'})-[:SAID]->(c:Claim)-[:ABOUT]->(:Person {name: 'Donald Trump'}),
             (c)-[r:REPORTED_IN]->(a:Article)
       RETURN c.text AS text, substring(a.text, r.start, r.end - r.start) AS cut ORDER BY r.start`,
    );
    expect(rows.map((r) => r.text)).toEqual(expected);
    for (const row of rows) expect(row.cut).toBe(row.text);
  });

  it("ingesting seeds/ again changes no count and no property", async () => {
    const before = await dumpGraph(driver);
    const again = await ingest({ inputs: [path.join(REPO_ROOT, "seeds")], driver });
    expect(again.articles).toEqual({ new: 0, unchanged: 1, replaced: 0, failed: 0 });
    expect(await dumpGraph(driver)).toEqual(before);
  });
});
