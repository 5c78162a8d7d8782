import { entityAliases } from "@claimgraph/schema";
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import * as Q from "./cypher.js";
import type { EntityLabel } from "./entity-index.js";
import type { ArticleRows, ClaimEdgeRow, ClaimRow, EntityRow, MentionRow } from "./rows.js";
import { attachStatements } from "./statements/attach.js";
import { BUMP_SPEAKER_VERSIONS, RECOMPUTE_STATEMENTS, STATEMENTS_OF_ARTICLES } from "./statements/cypher.js";
import type { StatementCache } from "./statements/statement-cache.js";

export type ArticleOutcome = "new" | "replaced" | "unchanged";

const LABELS: readonly EntityLabel[] = ["Person", "Organization"];

/**
 * Writes whole articles in one transaction (call inside `session.executeWrite`; safe to retry):
 * locks each article, skips the ones already loaded by this extractor version, purges what a
 * changed article had (and entities only it used), then writes nodes before relationships, then
 * groups the new claims into statements (load/statements/attach.ts).
 */
export async function writeBatch(
  tx: ManagedTransaction,
  batch: readonly ArticleRows[],
  context: { token: string; now: string; statements?: boolean; statementCache?: StatementCache | undefined },
): Promise<Map<string, ArticleOutcome>> {
  const outcomes = new Map<string, ArticleOutcome>();
  const articles = batch.map((rows) => ({ id: rows.article.id, sourceKey: rows.article.sourceKey }));
  const locked = await tx.run(Q.LOCK_ARTICLES, { articles, token: context.token });
  const purge = new Set<string>();
  const deleted = new Set<string>();
  for (const record of locked.records) {
    const id = record.get("id") as string;
    const version = record.get("extractorVersion") as string | null;
    const rows = batch.find((r) => r.article.id === id);
    if (!rows) continue;
    const replaces = record.get("replaces") as string[];
    if (record.get("created")) {
      outcomes.set(id, replaces.length > 0 ? "replaced" : "new");
      for (const old of replaces) {
        deleted.add(old);
        purge.add(old);
      }
    } else if (version === rows.article.props.extractorVersion) {
      outcomes.set(id, "unchanged");
    } else {
      outcomes.set(id, "replaced");
      purge.add(id);
    }
  }
  if (purge.size > 0) await purgeArticles(tx, [...purge], [...deleted]);

  const load = batch.filter((rows) => outcomes.get(rows.article.id) !== "unchanged");
  if (load.length > 0) {
    await writeRows(tx, load, context.now, context.token);
    if (context.statements ?? true)
      await attachStatements(tx, load, { now: context.now, cache: context.statementCache });
  }
  const unchanged = articles.filter((a) => outcomes.get(a.id) === "unchanged").map((a) => a.id);
  if (unchanged.length > 0) await tx.run(Q.UNLOCK_ARTICLES, { ids: unchanged });
  return outcomes;
}

/** Removes the claims, mentions, affiliations and unnamed sources of these articles; deletes `remove` entirely. */
async function purgeArticles(tx: ManagedTransaction, ids: string[], remove: string[]): Promise<void> {
  const touched = await tx.run(Q.TOUCHED_ENTITIES, { ids });
  const byLabel: Record<EntityLabel, string[]> = { Person: [], Organization: [] };
  for (const record of touched.records) byLabel[record.get("label") as EntityLabel].push(record.get("id") as string);
  const statements = (await tx.run(STATEMENTS_OF_ARTICLES, { ids })).records.map((r) => r.get("id") as string);
  await tx.run(Q.PURGE_CLAIMS, { ids });
  // Statements those claims reported: figures from the reports left, or gone with their last report.
  if (statements.length > 0) {
    await tx.run(BUMP_SPEAKER_VERSIONS, { ids: statements });
    await tx.run(RECOMPUTE_STATEMENTS, { ids: statements });
  }
  await tx.run(Q.PURGE_AFFILIATIONS, { ids });
  await tx.run(Q.PURGE_ANONYMOUS, { ids });
  await tx.run(Q.PURGE_POSSIBLE, { ids });
  await tx.run(Q.PURGE_MENTIONS, { ids });
  if (remove.length > 0) await tx.run(Q.DELETE_ARTICLES, { ids: remove });
  for (const label of LABELS) {
    if (byLabel[label].length === 0) continue;
    await tx.run(Q.deleteOrphans(label), { ids: byLabel[label] });
    await tx.run(Q.recomputeAliases(label), { ids: byLabel[label] });
  }
}

async function writeRows(
  tx: ManagedTransaction,
  batch: readonly ArticleRows[],
  now: string,
  runToken: string,
): Promise<void> {
  type ListKey = Exclude<keyof ArticleRows, "article" | "warnings">;
  const all = <K extends ListKey>(key: K): ArticleRows[K] =>
    batch.flatMap((rows) => rows[key] as unknown[]) as ArticleRows[K];
  const run = async (query: string, rows: unknown[]) => {
    if (rows.length > 0) await tx.run(query, { rows });
  };
  await tx.run(Q.WRITE_ARTICLES, { articles: batch.map((rows) => rows.article), now, run: runToken });
  const entities = mergeEntityRows(all("entities"));
  for (const label of LABELS)
    await run(
      Q.mergeEntities(label),
      entities.filter((e) => e.label === label),
    );
  await run(Q.CREATE_ANONYMOUS, all("anonymous"));
  await run(Q.CREATE_CLAIMS, all("claims").map(claimIntegers));
  const mentions = all("mentions").map(mentionIntegers);
  const said: ClaimEdgeRow[] = all("said");
  const about: ClaimEdgeRow[] = all("about");
  for (const label of LABELS) {
    await run(
      Q.createMentions(label),
      mentions.filter((m) => m.label === label),
    );
    await run(
      Q.createSaid(label),
      said.filter((s) => s.label === label),
    );
    await run(
      Q.createAbout(label),
      about.filter((a) => a.label === label),
    );
  }
  await run(Q.CREATE_POSSIBLY_SAME_AS, possibleRows(all("mentions")));
  await run(Q.CREATE_VIA, all("via"));
  await run(Q.CREATE_AFFILIATIONS, all("affiliations"));
}

/** JavaScript numbers travel as floats: offsets and counts must be sent as Neo4j integers. */
const int = (value: number | null) => (value === null ? null : neo4j.int(value));

const claimIntegers = (row: ClaimRow) => ({
  ...row,
  start: int(row.start),
  end: int(row.end),
  cueStart: int(row.cueStart),
  cueEnd: int(row.cueEnd),
  speakerStart: int(row.speakerStart),
  speakerEnd: int(row.speakerEnd),
});

const mentionIntegers = ({ possible: _, ...row }: MentionRow) => ({
  ...row,
  count: int(row.count),
  spans: row.spans.map(int),
});

/** One POSSIBLY_SAME_AS row per short form and candidate. */
const possibleRows = (mentions: readonly MentionRow[]) =>
  mentions.flatMap((m) =>
    (m.possible ?? []).map((p) => ({
      from: m.entity,
      to: p.id,
      score: p.score,
      evidence: p.evidence,
      articleId: m.article,
    })),
  );

/** One row per entity across the batch (forms united), sorted by id so concurrent batches lock in the same order. */
function mergeEntityRows(rows: EntityRow[]): (EntityRow & { aliases: string[]; searchText: string })[] {
  const byId = new Map<string, EntityRow>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    if (!seen) byId.set(row.id, { ...row, forms: [...row.forms] });
    else {
      seen.forms = [...new Set([...seen.forms, ...row.forms])];
      seen.kind ??= row.kind;
    }
  }
  return [...byId.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((row) => {
      // What a new node starts with; the same as the Cypher recomputation (schema's aliases.ts).
      return { ...row, ...entityAliases(row.name, row.forms) };
    });
}
