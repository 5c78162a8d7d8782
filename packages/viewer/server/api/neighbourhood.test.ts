/**
 * Neighbour counts against the test Neo4j: per relationship type and direction, read from the
 * degree store (no relationship walked), on a hub dense enough to have relationship groups.
 */
import { REL_TYPES } from "@claimgraph/schema";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearClaimGraph, testConnection } from "../../test/fixture-graph.js";
import { createReader, type Reader } from "../neo4j/reader.js";
import { countsCypher, relationCounts } from "./neighbourhood.js";

const HUB = "person:counts hub";
const LONER = "org:counts loner";

/** [type, direction from the hub, how many]: the hub's relationships, written below. */
const DEGREES: [keyof typeof REL_TYPES, "out" | "in", number][] = [
  ["ABOUT", "in", 180],
  ["SAID", "out", 60],
  ["MENTIONED_IN", "out", 25],
  ["AFFILIATED_WITH", "out", 2],
  ["AFFILIATED_WITH", "in", 3],
  ["POSSIBLY_SAME_AS", "in", 1],
];

let driver: Driver;
let reader: Reader;

beforeAll(async () => {
  const connection = testConnection();
  driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  await clearClaimGraph(driver);
  await driver.executeQuery(
    "CREATE (:Person {id: $hub, name: 'Counts Hub'}), (:Organization {id: $loner, name: 'Loner'})",
    {
      hub: HUB,
      loner: LONER,
    },
  );
  for (const [type, direction, count] of DEGREES) {
    // Types come from the closed list; the neighbours are throwaway Person nodes.
    const rel = direction === "out" ? `(h)-[:${REL_TYPES[type]}]->(x)` : `(h)<-[:${REL_TYPES[type]}]-(x)`;
    await driver.executeQuery(
      `MATCH (h:Person {id: $hub}) UNWIND range(1, $count) AS i CREATE (x:Person {id: $hub + ':' + $type + $direction + i}) CREATE ${rel}`,
      { hub: HUB, count: neo4j.int(count), type, direction },
    );
  }
  reader = createReader(connection, { maxRows: 50 });
}, 120_000);

afterAll(async () => {
  await reader?.close();
  await driver?.close();
});

describe("relationCounts", () => {
  it("counts each type and direction of a dense hub, largest first, leaving out types it lacks", async () => {
    const { counts } = await relationCounts(reader, HUB);
    expect(counts).toEqual(
      [...DEGREES].sort((a, b) => b[2] - a[2]).map(([type, direction, count]) => ({ type, direction, count })),
    );
  });

  it("gives a node without relationships an empty list", async () => {
    expect(await relationCounts(reader, LONER)).toEqual({ id: LONER, counts: [] });
  });

  it("answers not found for an id no node has, naming it", async () => {
    await expect(relationCounts(reader, "org:nobody here")).rejects.toThrow('"org:nobody here"');
  });

  it("reads the degree store: the plan expands no relationship", async () => {
    const { summary } = await driver.executeQuery(`EXPLAIN ${countsCypher(HUB)}`, { id: HUB });
    const operators: string[] = [];
    const walk = (plan: { operatorType: string; children: unknown[] } | false) => {
      if (!plan) return;
      operators.push(plan.operatorType);
      for (const child of plan.children) walk(child as { operatorType: string; children: unknown[] });
    };
    walk(summary.plan);
    expect(operators.length).toBeGreaterThan(0);
    expect(operators.filter((op) => /Expand/i.test(op))).toEqual([]);
  });
});
