/**
 * Fuzzes the read-only door with 10,000 generated queries against the real test Neo4j: write
 * clauses, procedures, LOAD CSV, USE, SHOW and TERMINATE, disguised with every character Cypher
 * treats as whitespace, comments, `\uXXXX` escapes, backticks, mixed case, strings and extra
 * statements, mixed with harmless reads. Whatever the guards answer, nothing may be written, no
 * file or web address read, no setting shown. Deterministic (seeded), so a failure replays.
 */
import type { FastifyInstance } from "fastify";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Canary, startCanary } from "../../test/canary.js";
import { loadFixtureGraph, testConnection } from "../../test/fixture-graph.js";
import { seededRandom } from "../../test/seeded-random.js";
import { buildApp } from "../app.js";
import { createReader, type Reader } from "../neo4j/reader.js";
import { CYPHER_WHITESPACE } from "./lexical.js";

const QUERIES = 10_000;
const SETTING_LEAK = /server\.directories|db\.memory\.transaction|dbms\.security\.|server\.bolt\.listen/;

/** Query templates: words are written as tokens so the disguises can go between and inside them. */
const DANGEROUS = [
  "CREATE (x:Fuzz {mark: $mark}) RETURN x",
  "MERGE (x:Fuzz {mark: $mark}) RETURN x",
  "MATCH (n:Person) SET n.fuzz = $mark RETURN n",
  "MATCH (n:Person) REMOVE n.name RETURN n",
  "MATCH (n:Claim) DETACH DELETE n",
  "MATCH (n:Person) CALL (n) { SET n.fuzz = $mark } RETURN n",
  "FOREACH (i IN [1] | CREATE (:Fuzz {mark: $mark}))",
  "CALL db.createLabel('Fuzz')",
  "CALL db.createProperty('fuzz')",
  "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
  "CALL dbms.listConfig() YIELD name, value RETURN name, value",
  "LOAD CSV FROM $file AS row RETURN row",
  "LOAD CSV WITH HEADERS FROM $web AS row RETURN row",
  "CALL { LOAD CSV FROM $file AS row RETURN row } RETURN row",
  "USE system SHOW USERS",
  "USE neo4j CREATE (:Fuzz {mark: $mark})",
  "SHOW SETTINGS YIELD name, value RETURN name, value",
  "SHOW TRANSACTIONS YIELD currentQuery, parameters RETURN currentQuery, parameters",
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  "MATCH (n) CALL (n) { CREATE (:Fuzz {mark: $mark}) } IN TRANSACTIONS RETURN count(*) AS c",
  "CREATE INDEX fuzz_index FOR (n:Fuzz) ON (n.mark)",
  "DROP INDEX claimgraph_search",
  "ALTER USER neo4j SET PASSWORD 'fuzz'",
];
const HARMLESS = [
  "MATCH (n:Person) RETURN n.name AS name LIMIT 3",
  "MATCH (c:Claim) WHERE c.text CONTAINS 'create' RETURN c.id AS id LIMIT 2",
  "RETURN 'LOAD CSV FROM file:///etc/passwd; DELETE' AS text",
  "MATCH (n) RETURN n.set AS set, {delete: 1} AS m LIMIT 1",
  "CALL db.labels() YIELD label RETURN label",
  "SHOW INDEXES YIELD name RETURN name",
];
const COMMENTS = ["/**/", "/* CREATE */", "// x\n", "/* ; */"];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

const escapeChar = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** One generated query: a template, its words disguised, glued with odd whitespace and comments. */
export function fuzzQuery(random: () => number): string {
  const template = random() < 0.85 ? pick(random, DANGEROUS) : pick(random, HARMLESS);
  const words = template.split(" ");
  const disguised = words.map((word) => {
    let out = word;
    const roll = random();
    if (roll < 0.3) out = [...out].map((c) => (random() < 0.5 ? c.toLowerCase() : c.toUpperCase())).join("");
    else if (roll < 0.45 && /^[A-Za-z]+$/.test(out)) {
      const at = Math.floor(random() * out.length);
      out = out.slice(0, at) + escapeChar(out[at] as string) + out.slice(at + 1);
    } else if (roll < 0.5 && /^[A-Za-z]+$/.test(out)) out = `\`${out}\``;
    return out;
  });
  let query = "";
  for (const [i, word] of disguised.entries()) {
    if (i > 0) {
      const roll = random();
      query +=
        roll < 0.4
          ? pick(random, [...CYPHER_WHITESPACE])
          : roll < 0.55
            ? pick(random, COMMENTS)
            : roll < 0.65
              ? escapeChar(pick(random, [...CYPHER_WHITESPACE]))
              : " ";
    }
    query += word;
  }
  const tail = random();
  if (tail < 0.05) query += ";";
  else if (tail < 0.1) query += `; ${pick(random, DANGEROUS)}`;
  else if (tail < 0.13) query = `RETURN 1 AS x UNION ${query}`;
  return query;
}

let app: FastifyInstance;
let reader: Reader;
let driver: Driver;
let canary: Canary;

beforeAll(async () => {
  canary = await startCanary();
  await loadFixtureGraph();
  const connection = testConnection();
  driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  reader = createReader(connection, { timeoutMs: 10_000 });
  app = await buildApp({ reader });
});

afterAll(async () => {
  await app?.close();
  await reader?.close();
  await driver?.close();
  await canary?.close();
});

async function graphState(): Promise<string> {
  const { records } = await driver.executeQuery(
    `MATCH (n) WITH count(n) AS nodes, count(n.fuzz) AS marked, sum(size(keys(n))) AS props
     OPTIONAL MATCH ()-[r]->() WITH nodes, marked, props, count(r) AS rels
     CALL db.labels() YIELD label WITH nodes, marked, props, rels, collect(label) AS labels
     RETURN nodes, marked, props, rels, labels`,
  );
  const indexes = await driver.executeQuery("SHOW INDEXES YIELD name RETURN collect(name) AS names");
  return JSON.stringify([records[0]?.toObject(), indexes.records[0]?.get("names")]);
}

describe("the read-only door under fuzzing", () => {
  it("generates the same queries from the same seed, and covers every disguise", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const first = Array.from({ length: 200 }, () => fuzzQuery(a));
    expect(Array.from({ length: 200 }, () => fuzzQuery(b))).toEqual(first);
    const all = first.join("\n");
    expect(all).toMatch(/\\u00[0-9a-f]{2}/);
    expect(["\u001c", "\u001d", "\u001e", "\u001f", "\u2028", "\u3000"].some((c) => all.includes(c))).toBe(true);
    expect(all).toContain("/*");
    expect(all).toContain("`");
    expect(all).toMatch(/;/);
  });

  it(`${QUERIES.toLocaleString("en")} generated queries write nothing, read no file or web address, and show no setting`, async () => {
    const before = await graphState();
    const random = seededRandom(20261201);
    const statuses = new Map<number, number>();
    for (let i = 0; i < QUERIES; i += 1) {
      const query = fuzzQuery(random);
      const res = await app.inject({
        method: "POST",
        url: "/api/cypher",
        payload: { query, params: { mark: canary.secret, file: canary.fileUrl, web: canary.webUrl } },
      });
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      if (res.body.includes(canary.secret) || SETTING_LEAK.test(res.body) || res.statusCode >= 500) {
        throw new Error(`query #${i} ${JSON.stringify(query)} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
      }
    }
    expect(canary.hits()).toBe(0);
    expect(await graphState()).toBe(before);
    // Most are refused; the harmless ones (and disguises that no longer parse) are answered.
    expect(statuses.get(403) ?? 0).toBeGreaterThan(QUERIES * 0.5);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    console.log(`fuzz: ${JSON.stringify(Object.fromEntries(statuses))}`);
  }, 900_000);
});
