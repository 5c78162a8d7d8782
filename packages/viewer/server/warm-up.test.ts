/** The start-up warm-up against the test Neo4j: which entities it warms, and which queries it sends. */
import { FULLTEXT_INDEX } from "@claimgraph/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RankedEntity } from "../shared/api/contract.js";
import { loadFixtureGraph, testConnection } from "../test/fixture-graph.js";
import { entityCypher } from "./api/entity.js";
import { countsCypher, relationshipPattern } from "./api/neighbourhood.js";
import { createReader, type Reader } from "./neo4j/reader.js";
import { warmUp, warmUpEntities } from "./warm-up.js";

const e = (id: string, label: RankedEntity["label"]): RankedEntity => ({ id, name: id, label, count: 1 });

/** [what, ranked entities, the ids warmed] */
const PICKS: [string, RankedEntity[], string[]][] = [
  [
    "the first person and the first organization",
    [e("person:a", "Person"), e("person:b", "Person"), e("org:c", "Organization"), e("org:d", "Organization")],
    ["person:a", "org:c"],
  ],
  ["only people", [e("person:a", "Person"), e("person:b", "Person")], ["person:a"]],
  [
    "an organization ranked first still comes after the person",
    [e("org:c", "Organization"), e("person:b", "Person")],
    ["person:b", "org:c"],
  ],
  ["nothing ranked", [], []],
];

let real: Reader;
const sent: Array<{ query: string; params: Record<string, unknown> }> = [];
let recording: Reader;

beforeAll(async () => {
  await loadFixtureGraph();
  real = createReader(testConnection());
  recording = {
    ...real,
    read: (query, params = {}, options) => {
      sent.push({ query, params });
      return real.read(query, params, options);
    },
  };
}, 120_000);

afterAll(async () => {
  await real?.close();
});

describe("warm-up", () => {
  it.each(PICKS)("warms %s", (_what, ranked, ids) => {
    expect(warmUpEntities(ranked).map((p) => p.id)).toEqual(ids);
  });

  it("runs the full-text search, entity details, counts and expand of a person and an organization, then the page-cache pass", async () => {
    await warmUp(recording);
    const warmed = (query: string) => sent.filter((s) => s.query === query).map((s) => s.params.id);
    const searches = sent.filter((s) => s.query.includes("db.index.fulltext.queryNodes"));
    expect(searches.length).toBeGreaterThanOrEqual(4);
    expect(searches.every((s) => s.params.index === FULLTEXT_INDEX)).toBe(true);
    const person = warmed(entityCypher("person:x"));
    const org = warmed(entityCypher("org:x"));
    expect(person).toHaveLength(1);
    expect(org).toHaveLength(1);
    expect(warmed(countsCypher("person:x"))).toEqual(person);
    expect(warmed(countsCypher("org:x"))).toEqual(org);
    const expands = sent.filter((s) =>
      s.query.includes(`MATCH ${relationshipPattern(undefined, undefined)} WITH r, m SKIP`),
    );
    expect(expands.map((s) => s.params.id)).toEqual([...person, ...org]);
    expect(sent.at(-1)?.query).toMatch(/^MATCH \(n\)-\[r\]->\(m\)/);
  });
});
