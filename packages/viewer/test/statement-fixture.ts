/**
 * Statements and a dispute over the fixture graph (issue 18), written as the loader writes them
 * (ARCHITECTURE.md: Statement figures, REPORTS order, DISPUTES evidence), with texts written for the
 * tests:
 * - `st:wire-claim`: the fixture's Trump claim, also reported a day earlier and in other words by
 *   Other Wire (2 reports, 2 outlets); Stephanie Carvin's claim disputes the fixture's report.
 * - `st:dunn`: Matthew Dunn's first claim, reported again by two more outlets (3 reports, 3 outlets).
 * - `st:carvin`: Carvin's claim, reported once (a statement of one report: never "most repeated").
 */
import neo4j from "neo4j-driver";
import { FIXTURE_CLAIMS, testConnection } from "./fixture-graph.js";

const claimOf = (speaker: string) => FIXTURE_CLAIMS.find((c) => c.speaker === speaker) as (typeof FIXTURE_CLAIMS)[0];
export const TRUMP_CLAIM = claimOf("person:donald trump");
export const CARVIN_CLAIM = claimOf("person:stephanie carvin");
export const DUNN_CLAIM = claimOf("person:matthew dunn");
export const WIRE_TEXT = "Donald Trump said he had the absolute right to share the facts with Russia.";
export const WIRE_CLAIM = "he had the absolute right to share the facts with Russia";
export const DISPUTE_EVIDENCE = `cue "rejected": "Trump's claim" of Donald Trump`;

const ECHOES = [
  { id: "echo-1", outlet: "Echo Daily", date: "2017-05-18" },
  { id: "echo-2", outlet: "Third Times", date: "2017-05-19" },
];

async function run(query: string, params: Record<string, unknown> = {}): Promise<void> {
  const c = testConnection();
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
  try {
    await driver.executeQuery(query, params);
  } finally {
    await driver.close();
  }
}

export async function addStatements(): Promise<void> {
  await run(
    `MATCH (t:Person {id: 'person:donald trump'}), (fixture:Claim {id: $trump}), (carvin:Claim {id: $carvin})
     CREATE (a:Article {id: 'wire-article', sourceKey: 'fixture/wire.txt', title: 'Wire report', source: 'Other Wire',
                        publishedAt: '2017-05-16', text: $text, extractorVersion: 'fixture'})
     CREATE (w:Claim {id: 'wire-claim', text: $claim, kind: 'indirect', cue: 'said', articleId: 'wire-article', anonymous: false})
     CREATE (t)-[:SAID]->(w)
     CREATE (w)-[:REPORTED_IN {start: 18, end: 18 + size($claim)}]->(a)
     CREATE (s:Statement {id: 'st:wire-claim', speakerKey: 'person:donald trump', variants: [], reports: 2, articles: 2,
                          outlets: 2, outletNames: ['Fixture Post', 'Other Wire'], firstClaim: 'wire-claim',
                          firstArticle: 'wire-article', firstOutlet: 'Other Wire', firstPublishedAt: '2017-05-16', firstOrder: 1.0})
     CREATE (w)-[:REPORTS {order: 1.0}]->(s)
     CREATE (fixture)-[:REPORTS {order: 2.0}]->(s)
     CREATE (carvin)-[:DISPUTES {evidence: $evidence}]->(fixture)
     CREATE (one:Statement {id: 'st:carvin', speakerKey: 'person:stephanie carvin', variants: [], reports: 1, articles: 1,
                            outlets: 1, outletNames: ['Fixture Post'], firstClaim: $carvin, firstOutlet: 'Fixture Post',
                            firstPublishedAt: '2017-05-17', firstOrder: 3.0})
     CREATE (carvin)-[:REPORTS {order: 3.0}]->(one)`,
    {
      trump: TRUMP_CLAIM.id,
      carvin: CARVIN_CLAIM.id,
      text: WIRE_TEXT,
      claim: WIRE_CLAIM,
      evidence: DISPUTE_EVIDENCE,
    },
  );
  await run(
    `MATCH (d:Person {id: 'person:matthew dunn'}), (fixture:Claim {id: $dunn})
     CREATE (s:Statement {id: 'st:dunn', speakerKey: 'person:matthew dunn', variants: [], reports: 3, articles: 3,
                          outlets: 3, outletNames: ['Echo Daily', 'Fixture Post', 'Third Times'], firstClaim: $dunn,
                          firstOutlet: 'Fixture Post', firstPublishedAt: '2017-05-17', firstOrder: 4.0})
     CREATE (fixture)-[:REPORTS {order: 4.0}]->(s)
     WITH d, s
     UNWIND range(0, size($echoes) - 1) AS i
     WITH d, s, i, $echoes[i] AS e
     CREATE (a:Article {id: e.id + '-article', sourceKey: 'fixture/' + e.id + '.txt', title: 'Echo ' + e.id,
                        source: e.outlet, publishedAt: e.date, text: 'Matthew Dunn said: ' + $text, extractorVersion: 'fixture'})
     CREATE (c:Claim {id: e.id, text: $text, kind: 'direct', cue: 'said', articleId: a.id, anonymous: false})
     CREATE (d)-[:SAID]->(c)
     CREATE (c)-[:REPORTED_IN {start: 19, end: 19 + size($text)}]->(a)
     CREATE (c)-[:REPORTS {order: 5.0 + i}]->(s)`,
    { dunn: DUNN_CLAIM.id, text: DUNN_CLAIM.text, echoes: ECHOES },
  );
}

/** Takes back everything addStatements wrote (the fixture graph stays as loadFixtureGraph left it). */
export async function removeStatements(): Promise<void> {
  await run(
    "MATCH (n) WHERE n:Statement OR n.id IN ['wire-article', 'wire-claim', 'echo-1', 'echo-2', 'echo-1-article', 'echo-2-article'] DETACH DELETE n",
  );
  await run("MATCH ()-[d:DISPUTES]->() DELETE d");
}
