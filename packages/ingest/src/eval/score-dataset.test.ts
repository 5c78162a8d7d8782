import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type DocumentGraph, parseDocumentGraph } from "@claimgraph/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { scoreDataset } from "./score-dataset.js";
import { SCORE_ROWS } from "./score-document.js";

const graph = (document: string, parts: Partial<DocumentGraph> = {}): DocumentGraph => ({
  document,
  entities: [],
  affiliations: [],
  claims: [],
  ...parts,
});
const claim = (start: number, end: number) => ({
  speaker: null,
  kind: "direct" as const,
  text: "",
  start,
  end,
  about: [],
});

describe("scoreDataset", () => {
  const gold = [
    graph("a", { claims: [claim(0, 10), claim(20, 30)] }),
    graph("b", { claims: [claim(0, 10)], entities: [{ name: "Ann Lee", type: "Person", aliases: [] }] }),
  ];

  it("sums counts over documents before computing P/R/F1 (micro average)", () => {
    const predicted = [graph("a", { claims: [claim(0, 10), claim(50, 60)] }), graph("b", { claims: [claim(0, 10)] })];
    const score = scoreDataset(predicted, gold);
    expect(score.rows.claim).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(score.rows.claim?.precision).toBeCloseTo(2 / 3, 10);
    expect(score.documents).toBe(2);
  });

  it("scores only documents that annotate entities in the person row, and n/a when none does", () => {
    const score = scoreDataset([], gold);
    expect(score.rows.person).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(scoreDataset([], [gold[0] as DocumentGraph]).rows.person).toBeNull();
  });

  it("reports missing, failed and unscored predictions", () => {
    const predicted = [graph("b", { error: "binary file" }), graph("zzz")];
    const score = scoreDataset(predicted, gold);
    expect(score.missing).toEqual(["a"]);
    expect(score.failed).toEqual(["b"]);
    expect(score.unscored).toEqual(["zzz"]);
    expect(score.rows.claim).toMatchObject({ tp: 0, fp: 0, fn: 3 });
  });
});

const seedGold = fileURLToPath(new URL("../../gold/000_b2a3305966d766fc.gold.json", import.meta.url));

describe("scoreDataset on the seed gold", () => {
  let gold: DocumentGraph;
  beforeAll(() => {
    // Read in a hook, not while collecting: a missing gold then fails these tests, not the whole file.
    const parsed = parseDocumentGraph(JSON.parse(readFileSync(seedGold, "utf8")));
    if (!parsed.ok) throw new Error(parsed.error);
    gold = parsed.value;
  });

  it("gives F1 = 1 on every row when the gold is scored against itself", () => {
    const score = scoreDataset([gold], [gold]);
    for (const row of SCORE_ROWS) expect([row, score.rows[row]?.f1]).toEqual([row, 1]);
    expect(score.rows.claim?.tp).toBe(gold.claims.length);
  });

  it("loses exactly the claim+speaker of claims whose speaker is removed", () => {
    const withoutSpeakers = {
      ...gold,
      claims: gold.claims.map((c, i) => (i < 3 ? { ...c, speaker: "Nobody Atall" } : c)),
    };
    const score = scoreDataset([withoutSpeakers], [gold]);
    expect(score.rows["claim+speaker"]).toMatchObject({ tp: gold.claims.length - 3, fp: 3, fn: 3 });
    expect(score.rows.claim?.f1).toBe(1);
  });
});
