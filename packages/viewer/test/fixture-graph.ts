/**
 * A small claim graph for the viewer's tests, written with parameterised Cypher following
 * ARCHITECTURE.md (ids, labels, properties, offsets). The article text is written for the tests
 * (no publisher text). `loadFixtureGraph` clears the claim graph first, so each test file starts
 * from the same data.
 */
import { createHash } from "node:crypto";
import { CLAIM_GRAPH_LABELS } from "@claimgraph/schema";
import neo4j, { type Driver } from "neo4j-driver";

export interface TestConnection {
  uri: string;
  user: string;
  password: string;
}

export function testConnection(): TestConnection {
  const uri = process.env.CLAIMGRAPH_TEST_NEO4J_URI;
  if (!uri)
    throw new Error("CLAIMGRAPH_TEST_NEO4J_URI is not set: run the tests through vitest (scripts/test-neo4j.ts).");
  return {
    uri,
    user: process.env.CLAIMGRAPH_TEST_NEO4J_USER ?? "neo4j",
    password: process.env.CLAIMGRAPH_TEST_NEO4J_PASSWORD ?? "claimgraph",
  };
}

const sha = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 32);

const PARAGRAPHS = [
  "Allies weigh what to share",
  "Matthew Dunn, a former MI6 officer, said “Trump has put years of trust at risk with one conversation.” He added that partners would now think twice.",
  "Stephanie Carvin, a professor in Ottawa, said the Five Eyes alliance would survive, but that Trump had made its members nervous.",
  "Donald Trump said “I have the absolute right to share facts” with Russia.",
];
export const FIXTURE_TEXT = PARAGRAPHS.join("\n\n");
export const FIXTURE_ARTICLE_ID = sha(FIXTURE_TEXT);

function span(needle: string, from = 0): { start: number; end: number } {
  const start = FIXTURE_TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture text lacks "${needle}"`);
  return { start, end: start + needle.length };
}

interface FixtureEntity {
  id: string;
  label: "Person" | "Organization";
  name: string;
  aliases: string[];
  kind?: string;
}

export const ENTITIES: FixtureEntity[] = [
  { id: "person:matthew dunn", label: "Person", name: "Matthew Dunn", aliases: ["Dunn"] },
  { id: "person:donald trump", label: "Person", name: "Donald Trump", aliases: ["Trump", "President Trump"] },
  { id: "person:stephanie carvin", label: "Person", name: "Stephanie Carvin", aliases: ["Carvin"] },
  { id: "org:mi6", label: "Organization", name: "MI6", aliases: [], kind: "agency" },
  { id: "org:five eyes", label: "Organization", name: "Five Eyes", aliases: [], kind: "alliance" },
  { id: "org:russia", label: "Organization", name: "Russia", aliases: ["Russians"], kind: "country" },
];

interface FixtureClaim {
  speaker: string;
  about: string[];
  kind: "direct" | "mixed" | "indirect";
  text: string;
  cue: string;
  speakerForm: string;
  via?: string;
}

const CLAIMS: FixtureClaim[] = [
  {
    speaker: "person:matthew dunn",
    about: ["person:donald trump", "org:mi6"],
    kind: "direct",
    text: "Trump has put years of trust at risk with one conversation.",
    cue: "said",
    speakerForm: "Matthew Dunn",
  },
  {
    speaker: "person:matthew dunn",
    about: ["org:five eyes"],
    kind: "indirect",
    text: "partners would now think twice",
    cue: "added",
    speakerForm: "He",
  },
  {
    speaker: "person:stephanie carvin",
    about: ["org:five eyes", "person:donald trump"],
    kind: "indirect",
    text: "the Five Eyes alliance would survive, but that Trump had made its members nervous",
    cue: "said",
    speakerForm: "Stephanie Carvin",
  },
  {
    speaker: "person:donald trump",
    about: ["org:russia"],
    kind: "mixed",
    text: "I have the absolute right to share facts” with Russia",
    cue: "said",
    speakerForm: "Donald Trump",
  },
];

export interface FixtureClaimRow {
  id: string;
  speaker: string;
  about: string[];
  text: string;
  kind: string;
  cue: string;
  start: number;
  end: number;
  cueStart: number;
  cueEnd: number;
  speakerStart: number;
  speakerEnd: number;
}

export const FIXTURE_CLAIMS: FixtureClaimRow[] = CLAIMS.map((c) => {
  const quote = span(c.text);
  const cue = span(c.cue, Math.max(0, quote.start - 40));
  const speaker = span(c.speakerForm, Math.max(0, quote.start - 200));
  return {
    id: sha(`${FIXTURE_ARTICLE_ID}:${quote.start}:${quote.end}`),
    speaker: c.speaker,
    about: c.about,
    text: c.text,
    kind: c.kind,
    cue: c.cue,
    start: quote.start,
    end: quote.end,
    cueStart: cue.start,
    cueEnd: cue.end,
    speakerStart: speaker.start,
    speakerEnd: speaker.end,
  };
});

const SCHEMA = [
  ...["Article", "Person", "Organization", "Claim"].map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  "CREATE FULLTEXT INDEX claimgraph_search IF NOT EXISTS FOR (n:Person|Organization|Claim) ON EACH [n.searchText, n.text]",
];

/**
 * Empties the claim graph, statements and their wordings included (CLAIM_GRAPH_LABELS, what `--reset` clears): a test
 * file after the ingest tests must not see their statements in the Statements view.
 */
export async function clearClaimGraph(driver: Driver): Promise<void> {
  await driver.executeQuery("MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels) DETACH DELETE n", {
    labels: [...CLAIM_GRAPH_LABELS],
  });
}

export async function loadFixtureGraph(connection: TestConnection = testConnection()): Promise<void> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  try {
    for (const statement of SCHEMA) await driver.executeQuery(statement);
    await clearClaimGraph(driver);
    await driver.executeQuery(
      `CREATE (a:Article {id: $id, sourceKey: 'fixture/allies.txt', title: $title, source: 'Fixture Post',
         url: 'https://example.org/allies', publishedAt: '2017-05-17', text: $text, ingestedAt: '2026-01-01T00:00:00Z',
         extractorVersion: 'fixture'})`,
      { id: FIXTURE_ARTICLE_ID, title: PARAGRAPHS[0], text: FIXTURE_TEXT },
    );
    for (const e of ENTITIES) {
      const count = FIXTURE_TEXT.split(e.name).length - 1;
      const first = FIXTURE_TEXT.indexOf(e.name);
      await driver.executeQuery(
        `MERGE (n:${e.label} {id: $id}) SET n.name = $name, n.aliases = $aliases,
           n.searchText = $name + ' ' + reduce(s = '', a IN $aliases | s + ' ' + a), n.kind = $kind
         WITH n MATCH (a:Article {id: $articleId})
         MERGE (n)-[m:MENTIONED_IN]->(a) SET m.count = $count, m.spans = $spans, m.forms = [$name]`,
        {
          id: e.id,
          name: e.name,
          aliases: e.aliases,
          kind: e.kind ?? null,
          articleId: FIXTURE_ARTICLE_ID,
          count: neo4j.int(Math.max(1, count)),
          spans: first >= 0 ? [neo4j.int(first), neo4j.int(first + e.name.length)] : [],
        },
      );
    }
    await driver.executeQuery(
      `MATCH (p:Person {id: 'person:matthew dunn'}), (o:Organization {id: 'org:mi6'})
       MERGE (p)-[r:AFFILIATED_WITH {articleId: $articleId}]->(o) SET r.role = 'former officer', r.former = true`,
      { articleId: FIXTURE_ARTICLE_ID },
    );
    for (const c of FIXTURE_CLAIMS) {
      await driver.executeQuery(
        `MATCH (a:Article {id: $articleId}), (s {id: $speaker})
         CREATE (c:Claim {id: $id, text: $text, kind: $kind, cue: $cue, articleId: $articleId, anonymous: false})
         CREATE (s)-[:SAID]->(c)
         CREATE (c)-[:REPORTED_IN {start: $start, end: $end, cueStart: $cueStart, cueEnd: $cueEnd,
                                   speakerStart: $speakerStart, speakerEnd: $speakerEnd}]->(a)
         WITH c UNWIND $about AS target MATCH (t {id: target}) CREATE (c)-[:ABOUT]->(t)`,
        {
          ...c,
          articleId: FIXTURE_ARTICLE_ID,
          start: neo4j.int(c.start),
          end: neo4j.int(c.end),
          cueStart: neo4j.int(c.cueStart),
          cueEnd: neo4j.int(c.cueEnd),
          speakerStart: neo4j.int(c.speakerStart),
          speakerEnd: neo4j.int(c.speakerEnd),
        },
      );
    }
    await driver.executeQuery("CALL db.awaitIndexes(120)");
  } finally {
    await driver.close();
  }
}
