/**
 * A small cross-article graph for the corrections tests, in the shape the loader writes
 * (ARCHITECTURE.md): four articles written for the tests, "Joe Biden" and "Joseph Biden" as two
 * nodes, Barack Obama in two articles, and a bare "Obama" kept in its article with possible matches
 * to Barack and Michelle Obama. `loadResolutionFixture` clears the claim graph, the corrections and the id aliases first.
 */
import { createHash } from "node:crypto";
import neo4j from "neo4j-driver";
import { type TestConnection, testConnection } from "./fixture-graph.js";

const sha = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 32);

interface FixtureArticle {
  key: string;
  title: string;
  /** [node id, name, form used, resolution]; the first one says the article's one claim about the others. */
  people: [string, string, string, string][];
}

export const RESOLUTION_ARTICLES: FixtureArticle[] = [
  {
    key: "fixture/a1.txt",
    title: "Biden and Obama in Ohio",
    people: [
      ["person:joe biden", "Joe Biden", "Joe Biden", "new"],
      ["person:barack obama", "Barack Obama", "Barack Obama", "new"],
    ],
  },
  {
    key: "fixture/a2.txt",
    title: "Obama speaks in Chicago",
    people: [
      ["person:barack obama", "Barack Obama", "Barack Obama", "name"],
      ["person:michelle obama", "Michelle Obama", "Michelle Obama", "new"],
    ],
  },
  {
    key: "fixture/a3.txt",
    title: "Joseph Biden on trade",
    people: [["person:joseph biden", "Joseph Biden", "Joseph Biden", "new"]],
  },
  {
    key: "fixture/x1.txt",
    title: "Obama on the campaign",
    people: [
      ["person:obama@", "Obama", "Obama", "ambiguous surname: Obama (2 full names with that surname, none dominant)"],
      ["person:joe biden", "Joe Biden", "Joe Biden", "name"],
    ],
  },
];

const textOf = (a: FixtureArticle) => `${a.people.map((p) => p[2]).join(" and ")} spoke (${a.key}).`;
export const articleIdOf = (key: string): string => {
  const article = RESOLUTION_ARTICLES.find((a) => a.key === key);
  if (!article) throw new Error(`no fixture article ${key}`);
  return sha(textOf(article));
};
export const SCOPED_OBAMA = `person:obama@${articleIdOf("fixture/x1.txt")}`;

export async function loadResolutionFixture(connection: TestConnection = testConnection()): Promise<void> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  try {
    for (const label of ["Article", "Person", "Organization", "Claim", "Correction"]) {
      await driver.executeQuery(
        `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
      );
    }
    await driver.executeQuery(
      "CREATE FULLTEXT INDEX claimgraph_search IF NOT EXISTS FOR (n:Person|Organization|Claim) ON EACH [n.searchText, n.text]",
    );
    await driver.executeQuery(
      "MATCH (n) WHERE n:Article OR n:Person OR n:Organization OR n:Claim OR n:Correction OR n:IdAlias DETACH DELETE n",
    );
    for (const a of RESOLUTION_ARTICLES) {
      const text = textOf(a);
      const id = sha(text);
      await driver.executeQuery(
        `CREATE (a:Article {id: $id, sourceKey: $key, title: $title, text: $text, publishedAt: '2016-03-01',
           ingestedAt: '2026-01-01T00:00:00Z', extractorVersion: 'fixture'})
         CREATE (c:Claim {id: $claim, text: $text, kind: 'indirect', articleId: $id, anonymous: false})
         CREATE (c)-[:REPORTED_IN {start: 0, end: size($text)}]->(a)`,
        { id, key: a.key, title: a.title, text, claim: sha(`${id}:0`) },
      );
      for (const [n, [pid, name, form, how]] of a.people.entries()) {
        const nodeId = pid.endsWith("@") ? `${pid}${id}` : pid;
        const start = text.indexOf(form);
        await driver.executeQuery(
          `MERGE (p:Person {id: $nodeId})
           ON CREATE SET p.name = $name, p.aliases = [], p.searchText = $name
           WITH p MATCH (a:Article {id: $id}), (c:Claim {id: $claim})
           CREATE (p)-[:MENTIONED_IN {count: 1, spans: [$start, $end], forms: [$form], resolution: $how}]->(a)
           FOREACH (_ IN CASE WHEN $speaker THEN [1] ELSE [] END | CREATE (p)-[:SAID]->(c))
           FOREACH (_ IN CASE WHEN $speaker THEN [] ELSE [1] END | CREATE (c)-[:ABOUT]->(p))`,
          {
            nodeId,
            name,
            form,
            how,
            id,
            claim: sha(`${id}:0`),
            start: neo4j.int(start),
            end: neo4j.int(start + form.length),
            speaker: n === 0,
          },
        );
      }
    }
    await driver.executeQuery(
      `MATCH (s:Person {id: $scoped}), (b:Person {id: 'person:barack obama'}), (m:Person {id: 'person:michelle obama'})
       CREATE (s)-[:POSSIBLY_SAME_AS {articleId: $x1, score: 0.667, evidence: 'surname Obama; 2 full names with that surname, none dominant; 2 articles'}]->(b)
       CREATE (s)-[:POSSIBLY_SAME_AS {articleId: $x1, score: 0.333, evidence: 'surname Obama; 2 full names with that surname, none dominant; 1 article'}]->(m)`,
      { scoped: SCOPED_OBAMA, x1: articleIdOf("fixture/x1.txt") },
    );
    await driver.executeQuery("CALL db.awaitIndexes(120)");
  } finally {
    await driver.close();
  }
}
