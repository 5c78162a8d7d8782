/**
 * A graph as the loader wrote it before the project had one name key (ids like
 * `org:u s chamber of commerce`), migrated by the loader's own `ensureSchema` as the next ingest
 * does: the viewer's tests then ask for the old ids, as a snapshot or link made before the
 * migration does. "AT&T" (`org:at t`) and "ATT" (`org:att`) were two nodes then: the migration
 * merges the first into the second.
 */
import { createHash } from "node:crypto";
import { ensureSchema } from "@claimgraph/ingest";
import neo4j from "neo4j-driver";
import { clearClaimGraph, type TestConnection, testConnection } from "./fixture-graph.js";

const sha = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 32);

const TEXT = "The U.S. Chamber of Commerce said tariffs would hurt Beto O’Rourke's voters. AT&T and ATT were named.";
const QUOTE = "tariffs would hurt Beto O’Rourke's voters";

export const FORMER_ARTICLE_ID = sha(TEXT);
export const FORMER_CLAIM_ID = sha(`${FORMER_ARTICLE_ID}:quote`);

/** Legacy id → the id the migration gives the node. */
export const LEGACY = {
  chamber: { old: "org:u s chamber of commerce", now: "org:us chamber of commerce", name: "U.S. Chamber of Commerce" },
  beto: { old: "person:beto o rourke", now: "person:beto orourke", name: "Beto O’Rourke" },
  att: { old: "org:at t", now: "org:att", name: "AT&T" },
} as const;

/** Empties the claim graph, the aliases and the corrections (what these tests write). */
export async function clearFormerIds(connection: TestConnection = testConnection()): Promise<void> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  try {
    await clearClaimGraph(driver);
    await driver.executeQuery("MATCH (n:IdAlias|Correction) DELETE n");
  } finally {
    await driver.close();
  }
}

/** Writes the legacy-shaped graph and migrates it with the loader's ensureSchema. */
export async function loadMigratedLegacyGraph(connection: TestConnection = testConnection()): Promise<void> {
  await clearFormerIds(connection);
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  const at = (part: string) => neo4j.int(TEXT.indexOf(part));
  try {
    await driver.executeQuery(
      `CREATE (a:Article {id: $article, sourceKey: 'former/a1.txt', title: 'Chamber on tariffs', source: 'Fixture Post',
                         publishedAt: '2026-11-30', text: $text})
       CREATE (ch:Organization {id: $chamber.old, name: $chamber.name, aliases: [], searchText: $chamber.name})
       CREATE (b:Person {id: $beto.old, name: $beto.name, aliases: [], searchText: $beto.name})
       CREATE (t:Organization {id: $att.old, name: $att.name, aliases: [], searchText: $att.name})
       CREATE (o:Organization {id: 'org:att', name: 'ATT', aliases: [], searchText: 'ATT'})
       CREATE (c:Claim {id: $claim, text: $quote, kind: 'indirect', cue: 'said', articleId: $article, anonymous: false})
       CREATE (ch)-[:SAID]->(c)-[:ABOUT]->(b)
       CREATE (c)-[:REPORTED_IN {start: $start, end: $end, cueStart: $cue, cueEnd: $cue + 4,
                                 speakerStart: $speaker, speakerEnd: $speakerEnd}]->(a)
       WITH a, ch, b, t, o
       UNWIND [[ch, $chamber.name], [b, $beto.name], [t, 'AT&T'], [o, 'ATT']] AS pair
       WITH a, pair[0] AS e, pair[1] AS form
       CREATE (e)-[:MENTIONED_IN {count: 1, spans: [], forms: [form], resolution: 'new'}]->(a)`,
      {
        article: FORMER_ARTICLE_ID,
        text: TEXT,
        claim: FORMER_CLAIM_ID,
        quote: QUOTE,
        start: at(QUOTE),
        end: neo4j.int(TEXT.indexOf(QUOTE) + QUOTE.length),
        cue: at("said"),
        speaker: at("U.S. Chamber"),
        speakerEnd: neo4j.int(TEXT.indexOf("U.S. Chamber") + "U.S. Chamber of Commerce".length),
        chamber: LEGACY.chamber,
        beto: LEGACY.beto,
        att: LEGACY.att,
      },
    );
    await ensureSchema(driver);
  } finally {
    await driver.close();
  }
}
