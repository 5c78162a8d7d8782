import { mentionMoves } from "@claimgraph/schema";
import type { Driver, Record as Neo4jRecord } from "neo4j-driver";
import {
  CORPUS_MERGES,
  CREATE_POSSIBLY_SAME_AS,
  KEPT_SHORT_FORMS,
  MOVE_SHORT_FORMS,
  recomputeAliases,
} from "../cypher.js";
import type { EntityIndex } from "../entity-index.js";
import { personId } from "../ids.js";
import { entityKey } from "../names.js";
import type { CorrectionBook } from "./corrections.js";
import { type CorpusMerge, corpusMergeToken } from "./redecide.js";

/** What the end-of-run pass read and moved (the summary's "Resolution:" line). */
export interface RecheckSummary {
  /** Short forms kept apart with possible matches, decided again. */
  shortForms: number;
  /** Of those, merged into a full name. */
  merged: number;
  /** Surnames / first names whose full names changed in the run and that several full names share. */
  contested?: number;
  /** Earlier corpus merges of those tokens read and decided again. */
  redecided?: number;
  /** Of those, split off into their article (now ambiguous). */
  split?: number;
  ms: number;
}

/**
 * Runs a read and maps each record to a plain row as it arrives (the driver pulls them in batches):
 * the driver's records are never all held at once, and a row `map` drops (undefined) is never held.
 * Same consistency as `executeQuery`: its bookmark manager.
 */
async function readRows<T>(
  driver: Driver,
  database: string | undefined,
  query: string,
  parameters: Record<string, unknown>,
  map: (record: Neo4jRecord) => T | undefined,
): Promise<T[]> {
  const session = driver.session({
    database,
    defaultAccessMode: "READ",
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    return await session.executeRead(async (tx) => {
      const rows: T[] = [];
      for await (const record of tx.run(query, parameters)) {
        const row = map(record);
        if (row !== undefined) rows.push(row);
      }
      return rows;
    });
  } finally {
    await session.close();
  }
}

/** A short form the graph keeps apart with possible matches, as the pass reads it. */
interface KeptShortForm {
  id: string;
  name: string;
  resolution: string;
  article: string;
  sourceKey: string;
}

/**
 * The end-of-run pass (Neo4j adapter), in two steps, each reading only what the run may have put
 * in doubt, not the corpus:
 * 1. corpus merges of short forms whose surname (or first name) gained or grew a namesake in this
 *    run are decided again (`EntityIndex.redecide`): a merge the corpus no longer supports is split
 *    off into its article with its possible matches;
 * 2. every short form the graph keeps apart with possible matches is decided again
 *    (`EntityIndex.recheck`), and the ones that now resolve are moved onto their full name (not the
 *    ones step 1 just split off: they wait for the next run's evidence).
 * One write transaction per step.
 */
export async function recheckShortForms(
  driver: Driver,
  index: EntityIndex,
  database: string | undefined,
  corrections?: CorrectionBook,
): Promise<RecheckSummary> {
  const began = Date.now();
  const redecided = await redecideCorpusMerges(driver, index, database, corrections);
  const kept = await readRows(driver, database, KEPT_SHORT_FORMS, {}, (r): KeptShortForm | undefined => {
    const id = r.get("id") as string;
    if (redecided.splitIds.has(id)) return undefined;
    return {
      id,
      name: r.get("name") as string,
      resolution: r.get("resolution") as string,
      article: r.get("article") as string,
      sourceKey: r.get("sourceKey") as string,
    };
  });
  const rows: { from: string; to: string; how: string }[] = [];
  const left = new Set(kept);
  // A merge adds an article to its full name, which may settle another short form: repeat until nothing moves.
  for (let moved = true; moved; ) {
    moved = false;
    for (const form of left) {
      const rejected = corrections?.rejected(form.id.slice(0, form.id.lastIndexOf("@")), form.sourceKey);
      const merge = index.recheck(form.name, form.resolution, form.article, rejected);
      if (!merge) continue;
      rows.push({ from: form.id, to: merge.id, how: merge.how });
      left.delete(form);
      moved = true;
    }
  }
  if (rows.length > 0) {
    rows.sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : a.from < b.from ? -1 : 1));
    const session = driver.session({ database });
    try {
      await session.executeWrite(async (tx) => {
        for (const statement of MOVE_SHORT_FORMS) await tx.run(statement, { rows });
        await tx.run(recomputeAliases("Person"), { ids: [...new Set(rows.map((r) => r.to))] });
      });
    } finally {
      await session.close();
    }
  }
  return {
    shortForms: left.size + rows.length,
    merged: rows.length,
    contested: redecided.contested,
    redecided: redecided.read,
    split: redecided.split,
    ms: Date.now() - began,
  };
}

/** Step 1: corpus merges of contested tokens, decided again and written in one transaction. */
async function redecideCorpusMerges(
  driver: Driver,
  index: EntityIndex,
  database: string | undefined,
  corrections?: CorrectionBook,
): Promise<{ contested: number; read: number; split: number; splitIds: Set<string> }> {
  const contested = index.contestedTokens();
  const none = { contested: contested.length, read: 0, split: 0, splitIds: new Set<string>() };
  if (contested.length === 0) return none;
  const ids = [...new Set(contested.flatMap((c) => c.ids))].sort();
  const tokens = new Set(contested.map((c) => c.token));
  // Only the merges of a contested token are kept as they arrive (an id's other merges are not in doubt).
  const read = await readRows(driver, database, CORPUS_MERGES, { ids }, (r): CorpusMerge | undefined => {
    const resolution = r.get("resolution") as string;
    if (!tokens.has(corpusMergeToken(resolution) ?? "")) return undefined;
    const forms = (r.get("forms") as string[] | null) ?? [];
    const rejected = corrections?.rejected(personId(entityKey(forms[0] ?? "", "Person")), r.get("sourceKey") as string);
    return {
      id: r.get("id") as string,
      article: r.get("article") as string,
      forms,
      resolution,
      ...(rejected ? { rejected } : {}),
    };
  });
  const decisions = index.redecide(read);
  if (decisions.length === 0) return { ...none, read: read.length };
  const rows = decisions.map((d) => ({
    from: d.merge.id,
    to: d.to,
    article: d.merge.article,
    name: d.name,
    only: null,
    how: d.how,
  }));
  const possible = decisions.flatMap((d) =>
    d.possible.map((p) => ({ from: d.to, to: p.id, score: p.score, evidence: p.evidence, articleId: d.merge.article })),
  );
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      for (const statement of mentionMoves("Person"))
        await tx.run(statement, { rows, correction: null, how: null, undo: false });
      if (possible.length > 0) await tx.run(CREATE_POSSIBLY_SAME_AS, { rows: possible });
    });
  } finally {
    await session.close();
  }
  return {
    contested: contested.length,
    read: read.length,
    split: decisions.length,
    splitIds: new Set(decisions.map((d) => d.to)),
  };
}
