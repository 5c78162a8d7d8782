/**
 * Entity details against the test Neo4j: the article list is the most recent by date, read from a
 * bounded number of a hub's mentions (never all of them) and without any article's text.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearClaimGraph, testConnection } from "../../test/fixture-graph.js";
import { createReader, type Reader } from "../neo4j/reader.js";
import { entityCypher, entityDetails, RECENT_POOL } from "./entity.js";

const HUB = "person:entity hub";
const HUB_ARTICLES = RECENT_POOL + 500;

/** [who, publication dates of their articles in the order ingested, the dates the list shows] */
const SMALL: [string, string[], string[]][] = [
  ["person:few dated", ["2017-05-02", "2017-06-30", "2016-11-08"], ["2017-06-30", "2017-05-02", "2016-11-08"]],
  ["org:one article", ["2018-01-01"], ["2018-01-01"]],
  ["person:no article", [], []],
];

let driver: Driver;
let reader: Reader;

async function person(id: string, dates: string[]) {
  const label = id.startsWith("org:") ? "Organization" : "Person";
  await driver.executeQuery(`CREATE (:${label} {id: $id, name: $id})`, { id });
  // One transaction per article, oldest first, so the store holds them in the order ingested.
  for (const [i, date] of dates.entries())
    await driver.executeQuery(
      "MATCH (e {id: $id}) CREATE (e)-[:MENTIONED_IN {count: 1}]->(:Article {id: $id + '#' + $i, title: 'About ' + $date, source: 'Test Post', publishedAt: $date, text: $text})",
      { id, i: neo4j.int(i), date, text: "Article text that no list should carry. ".repeat(50) },
    );
}

beforeAll(async () => {
  const connection = testConnection();
  driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  await clearClaimGraph(driver);
  for (const [id, dates] of SMALL) await person(id, dates);
  await driver.executeQuery(
    `CREATE (h:Person {id: $hub, name: 'Entity Hub'})
     WITH h UNWIND range(1, $n) AS i
     CREATE (h)-[:MENTIONED_IN {count: 2}]->(:Article {id: $hub + '#' + i, title: 'Hub ' + i, source: 'Test Post',
       publishedAt: toString(date('2016-01-01') + duration({days: i % 700})), text: $text})`,
    { hub: HUB, n: neo4j.int(HUB_ARTICLES), text: "Hub article text. ".repeat(100) },
  );
  reader = createReader(connection, { maxRows: 50 });
}, 180_000);

afterAll(async () => {
  await reader?.close();
  await driver?.close();
});

describe("entity details: articles", () => {
  it.each(SMALL)("%s: every article, most recent first", async (id, dates, expected) => {
    const details = await entityDetails(reader, id);
    expect(details.articles.map((a) => a.publishedAt)).toEqual(expected);
    expect(details.articlesTotal).toBe(dates.length);
    expect(details.articles.every((a) => a.outlet === "Test Post" && a.title === `About ${a.publishedAt}`)).toBe(true);
  });

  it("gives a hub 50 articles by date and its full count", async () => {
    const details = await entityDetails(reader, HUB);
    expect(details.articlesTotal).toBe(HUB_ARTICLES);
    expect(details.articles).toHaveLength(50);
    const dates = details.articles.map((a) => a.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(details.articles[0]?.mentions).toBe(2);
  });

  it("reads no article's text", async () => {
    const { records } = await driver.executeQuery(entityCypher(HUB), { id: HUB });
    const articles = records[0]?.get("articles") as Array<{ a: Record<string, unknown> }>;
    expect(articles).toHaveLength(50);
    expect(JSON.stringify(articles.map((row) => row.a))).not.toContain("Hub article text");
  });

  it("reads at most the recent pool of a hub's mentions, not all of them", async () => {
    const { summary } = await driver.executeQuery(`PROFILE ${entityCypher(HUB)}`, { id: HUB });
    const expands: number[] = [];
    const walk = (plan: {
      operatorType: string;
      rows: number;
      arguments: Record<string, unknown>;
      children: unknown[];
    }) => {
      if (/Expand/.test(plan.operatorType) && String(plan.arguments.Details ?? "").includes("MENTIONED_IN"))
        expands.push(plan.rows);
      for (const child of plan.children) walk(child as typeof plan);
    };
    walk(summary.profile as never);
    expect(expands.length).toBeGreaterThan(0);
    expect(Math.max(...expands)).toBeLessThanOrEqual(RECENT_POOL);
  });
});
