import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocumentGraph } from "@claimgraph/schema";
import neo4j, { type Driver } from "neo4j-driver";
import type { LoadableArticle } from "./article.js";

/** Test support only: the global-setup database, the seed and its gold, PolNeAR (outside the repo), a full graph dump. */

export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
export const SHARED_DIR = path.resolve(REPO_ROOT, "..", "shared");
export const SEED_FILE = path.join(REPO_ROOT, "seeds", "000_b2a3305966d766fc.txt");
export const SEED_GOLD = path.join(REPO_ROOT, "packages", "ingest", "gold", "000_b2a3305966d766fc.gold.json");
export const POLNEAR_DEV = path.join(SHARED_DIR, "dev", "polnear-dev.jsonl");
export const HAVE_POLNEAR = existsSync(POLNEAR_DEV);
export const POLNEAR_MISSING = `skipped: ${POLNEAR_DEV} (PolNeAR, kept outside the repository) is absent`;

export function testDriver(): Driver {
  const uri = process.env.CLAIMGRAPH_TEST_NEO4J_URI;
  if (!uri) throw new Error("CLAIMGRAPH_TEST_NEO4J_URI is not set: run the tests through vitest (global setup)");
  return neo4j.driver(
    uri,
    neo4j.auth.basic(
      process.env.CLAIMGRAPH_TEST_NEO4J_USER ?? "neo4j",
      process.env.CLAIMGRAPH_TEST_NEO4J_PASSWORD ?? "",
    ),
    { disableLosslessIntegers: true },
  );
}

/** The seed article with its hand-made gold graph. */
export function seedGoldArticle(): LoadableArticle {
  const parsed = parseDocumentGraph(JSON.parse(readFileSync(SEED_GOLD, "utf8")));
  if (!parsed.ok) throw new Error(`seed gold is invalid: ${parsed.error}`);
  return { sourceKey: SEED_FILE, text: readFileSync(SEED_FILE, "utf8"), title: "seed", graph: parsed.value };
}

/**
 * Every node and relationship with its properties, in a stable order: equal dumps mean an unchanged
 * graph. Snapshots and id aliases are left out: they record history (what was shared, which ids a
 * node had), which two runs that end in the same graph need not share; tests check aliases apart.
 */
export async function dumpGraph(driver: Driver): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await driver.executeQuery(
    "MATCH (n) WHERE NOT n:Snapshot AND NOT n:IdAlias RETURN labels(n) AS labels, properties(n) AS props",
  );
  const rels = await driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props",
  );
  return {
    nodes: nodes.records.map((r) => stable({ labels: [...r.get("labels")].sort(), props: r.get("props") })).sort(),
    relationships: rels.records
      .map((r) => stable({ from: r.get("from"), type: r.get("type"), to: r.get("to"), props: r.get("props") }))
      .sort(),
  };
}

/**
 * A dump with the values that record *when* something was loaded taken out: an article's
 * ingestedAt, the run that wrote it while its end-of-run pass is pending (recheckPending), the load order of statement reports (Statement.firstOrder, REPORTS.order start
 * from the clock of the run) and how many transactions wrote a speaker's statements (SpeakerLock.version:
 * it depends on how the articles were batched). Two runs that load the same articles must agree on everything else.
 */
export function withoutLoadTimes(dump: { nodes: string[]; relationships: string[] }): {
  nodes: string[];
  relationships: string[];
} {
  return {
    nodes: dump.nodes
      .map((line) =>
        line
          .replace(/"ingestedAt":"[^"]*",?/, "")
          .replace(/"recheckPending":"[^"]*",?/, "")
          .replace(/"firstOrder":\d+/, '"firstOrder":0')
          .replace(/^(\{"labels":\["SpeakerLock"\].*)"version":\d+/, '$1"version":0'),
      )
      .sort(),
    relationships: dump.relationships.map((line) => line.replace(/"order":\d+/, '"order":0')).sort(),
  };
}

/**
 * A dump in which each statement is named by the smallest id of the claims that report it, and its
 * wordings are listed in sorted order. Which claim founded a statement (its id, its first wording)
 * follows the order in which batches commit, and concurrent runs commit in any order; the grouping
 * itself, the first report (earliest date) and the figures must not depend on it, and stay compared.
 */
export function withStatementsByReports(dump: { nodes: string[]; relationships: string[] }): {
  nodes: string[];
  relationships: string[];
} {
  const rels = dump.relationships.map((line) => JSON.parse(line) as { from: string; type: string; to: string });
  const names = new Map<string, string>();
  for (const r of rels)
    if (r.type === "REPORTS") {
      const held = names.get(r.to);
      if (held === undefined || r.from < held) names.set(r.to, r.from);
    }
  const rename = (id: unknown) => (typeof id === "string" && names.has(id) ? `statement-of:${names.get(id)}` : id);
  const nodes = dump.nodes.map((line) => {
    const node = JSON.parse(line) as { labels: string[]; props: Record<string, unknown> };
    const props = { ...node.props };
    if (node.labels.includes("Statement")) {
      props.id = rename(props.id);
      if (Array.isArray(props.variants)) props.variants = [...props.variants].sort();
    }
    if (node.labels.includes("Wording")) props.statement = rename(props.statement);
    return stable({ labels: node.labels, props });
  });
  const relationships = rels.map((r) => stable({ ...r, from: rename(r.from), to: rename(r.to) }));
  return { nodes: nodes.sort(), relationships: relationships.sort() };
}

export async function countOf(driver: Driver, pattern: string): Promise<number> {
  const result = await driver.executeQuery(`MATCH ${pattern} RETURN count(*) AS n`);
  return Number(result.records[0]?.get("n"));
}

function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
