import {
  type CorrectionRecord,
  CREATE_CORRECTION,
  correctionPlan,
  correctionRecordSchema,
  MARK_UNDONE,
  runCorrectionPlan,
} from "@claimgraph/schema";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { LoadableArticle } from "../article.js";
import { articleId } from "../ids.js";
import { loadDocumentGraphs } from "../loader.js";
import { resetClaimGraph } from "../reset.js";
import { ensureSchema } from "../schema.js";
import { countOf, dumpGraph, testDriver } from "../test-database.js";
import { personArticle as article } from "./test-articles.js";

/**
 * Analyst corrections on the real Neo4j: what the viewer's server does when one is recorded or
 * undone (record + `correctionPlan` in one transaction, as here), and what every later ingest
 * does with them (resolution consults them; the end-of-run pass applies them again).
 */

let driver: Driver;
let sequence = 0;

/** Records a correction and applies it, as the viewer's server does (one transaction). */
async function record(
  fields: Partial<CorrectionRecord> & Pick<CorrectionRecord, "kind" | "entity">,
): Promise<CorrectionRecord> {
  const c = correctionRecordSchema.parse({
    id: `c${++sequence}`,
    label: "Person",
    name: fields.entity,
    by: "test analyst",
    at: new Date(Date.UTC(2026, 11, 1, 18, sequence)).toISOString(),
    ...fields,
  });
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(CREATE_CORRECTION, { record: Object.fromEntries(Object.entries(c).filter(([, v]) => v !== null)) });
      await runCorrectionPlan(tx, correctionPlan(c, "apply"));
    });
  } finally {
    await session.close();
  }
  return c;
}

async function undo(c: CorrectionRecord): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      const marked = await tx.run(MARK_UNDONE, { id: c.id, at: new Date().toISOString(), by: "test analyst" });
      const stored = correctionRecordSchema.parse(marked.records[0]?.get("c"));
      await runCorrectionPlan(tx, correctionPlan(stored, "undo"));
    });
  } finally {
    await session.close();
  }
}

/** The claim graph without the correction records. */
const claimGraph = async () => {
  const dump = await dumpGraph(driver);
  return { nodes: dump.nodes.filter((n) => !n.includes('"Correction"')), relationships: dump.relationships };
};

/** Who is mentioned where and why, who said and is talked about in which claim, and the possible matches. */
async function picture(): Promise<string[]> {
  const rows = await driver.executeQuery(`
    CALL () {
      MATCH (e)-[m:MENTIONED_IN]->(a:Article) WHERE NOT e:Anonymous
      RETURN 'mention ' + e.id + ' (' + e.name + '; ' + reduce(s = '', x IN e.aliases | s + x + ',') + ') in ' + a.sourceKey
             + ': ' + m.resolution + ' | before ' + coalesce(m.before, '-') + ' | ' + coalesce(m.correction, '-') AS line
      UNION
      MATCH (e)-[r:SAID]->(c:Claim)-[:REPORTED_IN]->(a:Article)
      RETURN 'said ' + e.id + ' in ' + a.sourceKey + ' ' + coalesce(r.correction, '-') AS line
      UNION
      MATCH (c:Claim)-[r:ABOUT]->(e)
      MATCH (c)-[:REPORTED_IN]->(a)
      RETURN 'about ' + e.id + ' in ' + a.sourceKey + ' ' + coalesce(r.correction, '-') AS line
      UNION
      MATCH (p)-[r:POSSIBLY_SAME_AS]->(t)
      RETURN 'possible ' + p.id + ' → ' + t.id + ' ' + toString(r.score) + ' ' + r.evidence AS line
    }
    RETURN line ORDER BY line`);
  return rows.records.map((r) => r.get("line") as string);
}

const mentions = async (id: string) => {
  const result = await driver.executeQuery(
    "MATCH (e {id: $id})-[m:MENTIONED_IN]->(a:Article) RETURN a.sourceKey AS key, m.resolution AS how ORDER BY key",
    { id },
  );
  return result.records.map((r) => [r.get("key"), r.get("how")] as [string, string]);
};

const idOf = (a: LoadableArticle) => articleId(a.text);

beforeAll(async () => {
  driver = testDriver();
  await ensureSchema(driver);
});
afterAll(async () => {
  await resetClaimGraph(driver);
  await driver.executeQuery("MATCH (c:Correction|IdAlias) DELETE c");
  await driver.close();
});
beforeEach(async () => {
  await resetClaimGraph(driver);
  await driver.executeQuery("MATCH (c:Correction|IdAlias) DELETE c");
});

/** Former id → the id of the node it became (IdAlias nodes). */
const idAliases = async () => {
  const rows = await driver.executeQuery("MATCH (a:IdAlias) RETURN a.id AS id, a.to AS to ORDER BY id");
  return Object.fromEntries(rows.records.map((r) => [r.get("id") as string, r.get("to") as string]));
};

const bidens = [
  article("b1", ["Joe Biden", "Barack Obama"]),
  article("b2", ["Joe Biden"]),
  article("j1", ["Joseph Biden", "Barack Obama"]),
];

describe("merge: two nodes become one, and stay one", () => {
  it("round trip: applied, kept by an idempotent re-run, undone to the graph it started from", async () => {
    await loadDocumentGraphs(driver, bidens);
    const before = await claimGraph();
    const merge = await record({
      kind: "merge",
      entity: "person:joseph biden",
      target: "person:joe biden",
      name: "Joseph Biden",
      targetName: "Joe Biden",
    });
    expect(await countOf(driver, "(p:Person {id: 'person:joseph biden'})")).toBe(0);
    // The merged node's id finds the node it went into (a snapshot or link that names it).
    expect(await idAliases()).toEqual({ "person:joseph biden": "person:joe biden" });
    expect(await mentions("person:joe biden")).toEqual([
      ["b1", "new"],
      ["b2", "name"],
      ["j1", `analyst: merged Joseph Biden into Joe Biden (correction ${merge.id}, test analyst, 2026-12-01)`],
    ]);
    expect(await countOf(driver, "(:Person {id: 'person:joe biden'})-[:SAID]->(:Claim)")).toBe(3);
    const aliases = await driver.executeQuery("MATCH (p:Person {id: 'person:joe biden'}) RETURN p.aliases AS a");
    expect(aliases.records[0]?.get("a")).toEqual(["Joseph Biden"]);

    const applied = await claimGraph();
    const again = await loadDocumentGraphs(driver, bidens);
    expect(again.articles.unchanged).toBe(3);
    expect(again.corrections).toMatchObject({ active: 1, undone: 0, moved: 0 });
    expect(await claimGraph()).toEqual(applied);

    await undo(merge);
    expect(await claimGraph()).toEqual(before);
    // The node is back under its id: no alias of it is left.
    expect(await idAliases()).toEqual({});
    const afterUndo = await loadDocumentGraphs(driver, bidens);
    expect(afterUndo.corrections).toMatchObject({ active: 0, undone: 1, moved: 0 });
    expect(await claimGraph()).toEqual(before);
  });

  it("survives a reset and full re-ingest (the same graph as the viewer left) and a changed article", async () => {
    await loadDocumentGraphs(driver, bidens);
    await record({
      kind: "merge",
      entity: "person:joseph biden",
      target: "person:joe biden",
      name: "Joseph Biden",
      targetName: "Joe Biden",
    });
    const applied = await picture();
    await resetClaimGraph(driver);
    const summary = await loadDocumentGraphs(driver, bidens);
    expect(summary.corrections).toMatchObject({ active: 1, moved: 0 });
    expect(await picture()).toEqual(applied);

    // j1's text changes (a new article id under the same source key): re-extracted, still merged.
    const changed = article("j1", ["Joseph Biden", "Barack Obama"], "Changed.");
    await loadDocumentGraphs(driver, [changed]);
    expect(await countOf(driver, "(p:Person {id: 'person:joseph biden'})")).toBe(0);
    expect((await mentions("person:joe biden")).map(([k, how]) => `${k} ${how.slice(0, 15)}`)).toEqual([
      "b1 new",
      "b2 name",
      "j1 analyst: merged",
    ]);
    expect(
      await countOf(
        driver,
        `(:Person {id: 'person:joe biden'})-[:SAID {correction: 'c${sequence}'}]->(:Claim {articleId: '${idOf(changed)}'})`,
      ),
    ).toBe(1);
  });
});

describe("split: one article's mention gets a node of its own", () => {
  const obamas = [
    article("o1", ["Barack Obama"]),
    article("o2", ["Barack Obama"]),
    article("o3", ["Barack Obama", "Joe Biden"]),
  ];

  it("round trip, reset and re-ingest, changed article", async () => {
    await loadDocumentGraphs(driver, obamas);
    const before = await picture();
    const split = await record({ kind: "split", entity: "person:barack obama", sourceKey: "o3", name: "Barack Obama" });
    const own = `person:barack obama@${idOf(obamas[2] as LoadableArticle)}`;
    expect(await mentions(own)).toEqual([
      ["o3", `analyst: split off Barack Obama (correction ${split.id}, test analyst, 2026-12-01)`],
    ]);
    expect((await mentions("person:barack obama")).map(([k]) => k)).toEqual(["o1", "o2"]);
    expect(await countOf(driver, `(:Person {id: '${own}'})-[:SAID]->()`)).toBe(1);

    const applied = await picture();
    await resetClaimGraph(driver);
    await loadDocumentGraphs(driver, obamas);
    expect(await picture()).toEqual(applied);

    await undo(split);
    expect(await picture()).toEqual(before);

    await record({ kind: "split", entity: "person:barack obama", sourceKey: "o3", name: "Barack Obama" });
    const changed = article("o3", ["Barack Obama", "Joe Biden"], "Changed.");
    await loadDocumentGraphs(driver, [changed]);
    expect(await countOf(driver, `(:Person {id: '${own}'})`)).toBe(0);
    expect((await mentions(`person:barack obama@${idOf(changed)}`)).map(([k]) => k)).toEqual(["o3"]);
    expect((await mentions("person:barack obama")).map(([k]) => k)).toEqual(["o1", "o2"]);
  });
});

describe("confirm and reject a possible match", () => {
  const corpus = [
    article("b1", ["Barack Obama"]),
    article("b2", ["Barack Obama"]),
    article("m1", ["Michelle Obama"]),
    article("m2", ["Michelle Obama"]),
    article("x1", ["Obama", "Joe Biden"]),
  ];
  const x1 = idOf(corpus[4] as LoadableArticle);
  const scoped = `person:obama@${x1}`;

  it("confirm: the short form joins the full name; re-ingest agrees; undo brings the scoped node back", async () => {
    await loadDocumentGraphs(driver, corpus);
    const edge = await driver.executeQuery(
      "MATCH (:Person {id: $scoped})-[r:POSSIBLY_SAME_AS]->(:Person {id: 'person:barack obama'}) RETURN r.score AS s, r.evidence AS e",
      { scoped },
    );
    const confirm = await record({
      kind: "confirm",
      entity: "person:obama",
      sourceKey: "x1",
      target: "person:barack obama",
      name: "Obama",
      targetName: "Barack Obama",
      score: edge.records[0]?.get("s"),
      evidence: edge.records[0]?.get("e"),
    });
    expect(await countOf(driver, `(p:Person {id: '${scoped}'})`)).toBe(0);
    expect(await idAliases()).toEqual({ [scoped]: "person:barack obama" });
    expect(await countOf(driver, "()-[:POSSIBLY_SAME_AS]->()")).toBe(0);
    expect((await mentions("person:barack obama")).at(-1)).toEqual([
      "x1",
      `analyst: confirmed Obama = Barack Obama (correction ${confirm.id}, test analyst, 2026-12-01)`,
    ]);
    const applied = await picture();
    await resetClaimGraph(driver);
    await loadDocumentGraphs(driver, corpus);
    expect(await picture()).toEqual(applied);

    await undo(confirm);
    expect((await mentions(scoped)).map(([k]) => k)).toEqual(["x1"]);
    expect(await idAliases()).toEqual({});
    // The confirmed possible match comes back (the other candidates' edges are not kept by a confirm).
    expect(
      await countOf(driver, `(:Person {id: '${scoped}'})-[:POSSIBLY_SAME_AS]->(:Person {id: 'person:barack obama'})`),
    ).toBe(1);
  });

  it("reject: the edge goes and is not recorded again, the short form stays apart; undo restores the edge", async () => {
    await loadDocumentGraphs(driver, corpus);
    const before = await claimGraph();
    const edge = await driver.executeQuery(
      "MATCH (:Person {id: $scoped})-[r:POSSIBLY_SAME_AS]->(:Person {id: 'person:michelle obama'}) RETURN r.score AS s, r.evidence AS e",
      { scoped },
    );
    const reject = await record({
      kind: "reject",
      entity: "person:obama",
      sourceKey: "x1",
      target: "person:michelle obama",
      name: "Obama",
      targetName: "Michelle Obama",
      score: edge.records[0]?.get("s"),
      evidence: edge.records[0]?.get("e"),
    });
    const possible = `(:Person {id: '${scoped}'})-[:POSSIBLY_SAME_AS]->(:Person {id: 'person:michelle obama'})`;
    expect(await countOf(driver, possible)).toBe(0);
    const applied = await picture();
    expect(applied.filter((l) => l.startsWith("possible"))).toHaveLength(1);

    await resetClaimGraph(driver);
    const summary = await loadDocumentGraphs(driver, corpus);
    expect(summary.rechecked).toMatchObject({ merged: 0 });
    expect(await picture()).toEqual(applied);

    await undo(reject);
    expect(await countOf(driver, possible)).toBe(1);
    expect((await claimGraph()).relationships.length).toBe(before.relationships.length);
  });

  it("a short form whose only same-article full name was rejected stays apart", async () => {
    const both = article("y1", ["Mr. Kasich", "John Kasich"]);
    await loadDocumentGraphs(driver, [article("k0", ["John Kasich"])]);
    await record({
      kind: "reject",
      entity: "person:kasich",
      sourceKey: "y1",
      target: "person:john kasich",
      name: "Kasich",
    });
    await loadDocumentGraphs(driver, [both]);
    expect(await mentions(`person:kasich@${idOf(both)}`)).toEqual([
      ["y1", expect.stringMatching(/^kept apart, rejected by an analyst: surname: Kasich → John Kasich/)],
    ]);
  });
});

describe("corrections and concurrent writers", () => {
  const many = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) =>
      article(`${prefix}${i}`, i % 2 ? ["Joseph Biden", "Joe Biden"] : ["Joseph Biden"]),
    );

  it("two ingests at once, each with two writers, obey a merge in force", async () => {
    await loadDocumentGraphs(driver, bidens);
    await record({
      kind: "merge",
      entity: "person:joseph biden",
      target: "person:joe biden",
      name: "Joseph Biden",
      targetName: "Joe Biden",
    });
    const options = { batchSize: 2, concurrency: 2 };
    const [a, b] = await Promise.all([
      loadDocumentGraphs(driver, many("p", 12), options),
      loadDocumentGraphs(driver, many("q", 12), options),
    ]);
    expect(a.articles.new + b.articles.new).toBe(24);
    expect(await countOf(driver, "(p:Person {id: 'person:joseph biden'})")).toBe(0);
    expect(await countOf(driver, "(:Person {id: 'person:joe biden'})-[:MENTIONED_IN]->()")).toBe(3 + 24 + 12);
    expect(
      await countOf(driver, `(:Person {id: 'person:joe biden'})-[:MENTIONED_IN {correction: 'c${sequence}'}]->()`),
    ).toBe(25);
  });

  it("a correction recorded while an ingest runs: its articles written before it are moved by the end-of-run pass", async () => {
    await loadDocumentGraphs(driver, bidens);
    let release: () => void = () => {};
    const halfway = new Promise<void>((resolve) => {
      release = resolve;
    });
    let recordedNow: () => void = () => {};
    const recorded = new Promise<void>((resolve) => {
      recordedNow = resolve;
    });
    const articles = many("r", 10);
    async function* slowly() {
      for (const [i, a] of articles.entries()) {
        if (i === 5) {
          release();
          await recorded;
        }
        yield a;
      }
    }
    const running = loadDocumentGraphs(driver, slowly(), { batchSize: 1 });
    await halfway;
    const merge = await record({
      kind: "merge",
      entity: "person:joseph biden",
      target: "person:joe biden",
      name: "Joseph Biden",
      targetName: "Joe Biden",
    });
    recordedNow();
    const summary = await running;
    expect(summary.corrections?.moved).toBeGreaterThan(0);
    expect(await countOf(driver, "(p:Person {id: 'person:joseph biden'})")).toBe(0);
    expect(
      await countOf(driver, `(:Person {id: 'person:joe biden'})-[:MENTIONED_IN {correction: '${merge.id}'}]->()`),
    ).toBe(11);

    // And an undo while another ingest runs: what that run wrote under the merge goes back too.
    const more = many("s", 6);
    let undoNow: () => void = () => {};
    const undoing = new Promise<void>((resolve) => {
      undoNow = resolve;
    });
    let undoneNow: () => void = () => {};
    const undone = new Promise<void>((resolve) => {
      undoneNow = resolve;
    });
    async function* slowlyAgain() {
      for (const [i, a] of more.entries()) {
        if (i === 3) {
          undoNow();
          await undone;
        }
        yield a;
      }
    }
    const second = loadDocumentGraphs(driver, slowlyAgain(), { batchSize: 1 });
    await undoing;
    await undo(merge);
    undoneNow();
    const secondSummary = await second;
    expect(secondSummary.corrections).toMatchObject({ active: 0, undone: 1 });
    expect(secondSummary.corrections?.moved).toBeGreaterThan(0);
    expect(
      await countOf(driver, `(:Person {id: 'person:joe biden'})-[:MENTIONED_IN {correction: '${merge.id}'}]->()`),
    ).toBe(0);
    expect(await countOf(driver, "(:Person {id: 'person:joseph biden'})-[:MENTIONED_IN]->()")).toBe(1 + 10 + 6);
  });
});
