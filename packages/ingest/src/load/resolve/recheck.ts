import { mentionMoves } from "@claimgraph/schema";
import neo4j, { type Driver, type Record as Neo4jRecord } from "neo4j-driver";
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
import { readRows } from "../read-stream.js";
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
 *    ones step 1 just split off: they wait for the next run's evidence), read and written a page at
 *    a time so that the pass holds one page of the graph's kept forms, whatever their number.
 * Step 1 is one write transaction; step 2 one per page that moves something (a run killed between
 * pages leaves forms kept that the next run's pass decides again).
 */
export async function recheckShortForms(
  driver: Driver,
  index: EntityIndex,
  database: string | undefined,
  corrections?: CorrectionBook,
  pageSize = DEFAULT_RECHECK_PAGE,
): Promise<RecheckSummary> {
  const began = Date.now();
  const redecided = await redecideCorpusMerges(driver, index, database, corrections);
  const skip = [...redecided.splitIds].sort();
  const limit = neo4j.int(Math.max(1, Math.floor(pageSize)));
  let shortForms = 0;
  let merged = 0;
  // A merge adds an article to its full name, which may settle another short form: pass over the kept
  // forms again until nothing moves. Each pass reads them a page at a time in id order and writes a
  // page's moves before reading the next (a moved form leaves the graph, so the next pass skips it):
  // the same decisions in the same order as one read of them all, holding one page.
  for (let pass = 0, moved = true; moved; pass++) {
    moved = false;
    for (let after = ""; ; ) {
      const page = await readRows(driver, database, KEPT_SHORT_FORMS, { after, skip, limit }, keptForm);
      if (pass === 0) shortForms += page.length;
      const rows: { from: string; to: string; how: string }[] = [];
      for (const form of page) {
        const rejected = corrections?.rejected(form.id.slice(0, form.id.lastIndexOf("@")), form.sourceKey);
        const merge = index.recheck(form.name, form.resolution, form.article, rejected);
        if (merge) rows.push({ from: form.id, to: merge.id, how: merge.how });
      }
      if (rows.length > 0) {
        await moveShortForms(driver, database, rows);
        merged += rows.length;
        moved = true;
      }
      const last = page.at(-1);
      if (last === undefined) break;
      after = last.id;
    }
  }
  return {
    shortForms,
    merged,
    contested: redecided.contested,
    redecided: redecided.read,
    split: redecided.split,
    ms: Date.now() - began,
  };
}

/** Kept short forms read per page by the end-of-run pass: a page of rows is ~1 MB. */
const DEFAULT_RECHECK_PAGE = 5000;

function keptForm(r: Neo4jRecord): KeptShortForm {
  return {
    id: r.get("id") as string,
    name: r.get("name") as string,
    resolution: r.get("resolution") as string,
    article: r.get("article") as string,
    sourceKey: r.get("sourceKey") as string,
  };
}

/** Moves short forms onto their full names in one write transaction (sorted by target: a stable lock order). */
async function moveShortForms(
  driver: Driver,
  database: string | undefined,
  rows: { from: string; to: string; how: string }[],
): Promise<void> {
  rows.sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : a.from < b.from ? -1 : 1));
  const session = driver.session({ database, bookmarkManager: driver.executeQueryBookmarkManager });
  try {
    await session.executeWrite(async (tx) => {
      for (const statement of MOVE_SHORT_FORMS) await tx.run(statement, { rows });
      await tx.run(recomputeAliases("Person"), { ids: [...new Set(rows.map((r) => r.to))] });
    });
  } finally {
    await session.close();
  }
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
