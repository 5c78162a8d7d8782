import type { ManagedTransaction } from "neo4j-driver";
import { findDisputes } from "../../statements/disputes.js";
import { StatementIndex } from "../../statements/statement-index.js";
import type { ArticleRows } from "../rows.js";
import { crossArticleDisputes } from "./cross-article.js";
import * as Q from "./cypher.js";
import type { StatementCache } from "./statement-cache.js";
import { reportOf, statementClaims } from "./statement-claims.js";
import { addReports, EMPTY_STATS, type Report, type StatementStats } from "./tally.js";
import { BAND_PROPERTIES, bandValue, bandValues } from "./wording.js";

export interface StatementOutcome {
  /** Statements founded, joined (reports added to a stored statement) and merged away in this batch. */
  created: number;
  joined: number;
  merged: number;
  disputes: number;
}

/**
 * The statement stage for one batch of newly written articles (call inside the batch's write
 * transaction, after its claims exist): locks the batch's speakers (a speaker new to the graph has
 * nothing stored to look up), groups each claim with the
 * stored statements that have a wording sharing an LSH band key with it — and only those, so a
 * new article joins existing statements without recomputing the corpus — then writes REPORTS
 * edges, new statements, new wordings (Wording nodes) and each touched statement's figures, and
 * the batch's DISPUTES edges (between claims of one article).
 * `now` orders the batch after every earlier one (the first report's tie-break). With a `cache`
 * (statement-cache.ts: what this loader wrote itself), the claims of a speaker it holds completely
 * are grouped there, without the candidate seek; the loader calls `cache.settle()` once the
 * transaction committed.
 */
export async function attachStatements(
  tx: ManagedTransaction,
  batch: readonly ArticleRows[],
  context: { now: string; cache?: StatementCache | undefined },
): Promise<StatementOutcome> {
  const outcome: StatementOutcome = { created: 0, joined: 0, merged: 0, disputes: 0 };
  const perArticle = batch.map(statementClaims);
  const claims = perArticle.flat();
  if (claims.length === 0) return outcome;
  const cache = context.cache?.begin() ? context.cache : undefined;
  const keyed = claims.filter((c) => c.fingerprint.keys.length > 0);
  const speakers = [...new Set(keyed.map((c) => c.fingerprint.speakerKey))].sort();
  const fresh = new Set<string>();
  /** Speakers whose stored statements are all in the cache: their claims are grouped there. */
  const cached = new Set<string>();
  if (speakers.length > 0)
    for (const r of (await tx.run(Q.LOCK_SPEAKERS, { keys: speakers })).records) {
      const key = r.get("key") as string;
      const created = r.get("created") as boolean;
      if (created) fresh.add(key);
      if (cache?.claim(key, Number(r.get("version")), created)) cached.add(key);
    }
  // Only speakers known before this batch, and not cached, can have stored statements to look up.
  const known = speakers.filter((key) => !fresh.has(key) && !cached.has(key));
  const lookedUp = new Set(known);
  const probing = keyed.filter((c) => lookedUp.has(c.fingerprint.speakerKey));

  const local = new StatementIndex();
  const indexOf = (speaker: string) => (cache && cached.has(speaker) ? cache.index : local);
  const statementOf = (id: string) => local.get(id) ?? cache?.index.get(id);
  const stats = new Map<string, StatementStats>();
  const stored = new Set<string>();
  if (probing.length > 0) {
    const found = await tx.run(Q.CANDIDATE_STATEMENTS, { speakers: known, ...bandParameters(probing) });
    for (const r of found.records) {
      const id = r.get("id") as string;
      const reports = Number(r.get("reports") ?? 0);
      local.seed({ id, speakerKey: r.get("speakerKey"), variants: r.get("variants") ?? [], reports });
      stored.add(id);
      const firstClaim = r.get("firstClaim") as string | null;
      stats.set(id, {
        reports,
        articles: Number(r.get("articles") ?? 0),
        outletNames: r.get("outletNames") as string[],
        first: firstClaim
          ? {
              claim: firstClaim,
              article: r.get("firstArticle"),
              outlet: r.get("firstOutlet"),
              publishedAt: r.get("firstPublishedAt"),
              order: Number(r.get("firstOrder") ?? 0),
            }
          : null,
      });
    }
  }

  const base = Date.parse(context.now) * 1000;
  const joins = new Map<string, Report[]>();
  const reportRows: { claim: string; statement: string; order: number }[] = [];
  /** Statement → the band keys of each wording new to it in this batch. */
  const newWordings = new Map<string, string[][]>();
  const merges: { from: string; into: string }[] = [];
  const created = new Set<string>();
  claims.forEach((claim, i) => {
    if (claim.fingerprint.keys.length === 0) return;
    const placed = indexOf(claim.fingerprint.speakerKey).add(claim.fingerprint, `st:${claim.claim}`);
    const order = base + i;
    if (placed.created) created.add(placed.statement);
    else if (!created.has(placed.statement)) stored.add(placed.statement);
    for (const from of placed.merged) {
      merges.push({ from, into: placed.statement });
      // Reports already placed in this batch move with their statement.
      for (const row of reportRows) if (row.statement === from) row.statement = placed.statement;
      const moved = joins.get(from) ?? [];
      joins.delete(from);
      joins.set(placed.statement, [...(joins.get(placed.statement) ?? []), ...moved]);
      const wordings = newWordings.get(from);
      if (wordings) newWordings.set(placed.statement, [...(newWordings.get(placed.statement) ?? []), ...wordings]);
      newWordings.delete(from);
    }
    reportRows.push({ claim: claim.claim, statement: placed.statement, order });
    joins.set(placed.statement, [...(joins.get(placed.statement) ?? []), reportOf(claim, order)]);
    if (placed.newVariant)
      newWordings.set(placed.statement, [...(newWordings.get(placed.statement) ?? []), claim.fingerprint.keys]);
  });

  // Merges of stored statements happen in the graph first; a statement founded in this batch and merged away never existed there.
  const recompute = new Set<string>();
  for (const merge of merges) {
    if (created.has(merge.from)) {
      created.delete(merge.from);
      continue;
    }
    const speakerKey = statementOf(merge.into)?.speakerKey;
    if (speakerKey !== undefined) cache?.forget(speakerKey);
    if (created.has(merge.into)) {
      // A stored statement absorbed by one founded in this batch: create the survivor first (its figures are recomputed below).
      await tx.run(Q.CREATE_STATEMENT_SHELLS, { rows: [{ id: merge.into, speakerKey }] });
      created.delete(merge.into);
      stored.add(merge.into);
    }
    for (const query of Q.MERGE_STATEMENT) await tx.run(query, merge);
    stored.delete(merge.from);
    recompute.add(merge.into);
    recompute.delete(merge.from);
    outcome.merged++;
  }
  // New statements are created with their figures (one write each); stored ones joined get theirs updated.
  const figures = (id: string) => {
    const before = stats.get(id) ?? cache?.statsOf(id) ?? EMPTY_STATS;
    const after = addReports(before, joins.get(id) ?? []);
    const speaker = statementOf(id)?.speakerKey;
    if (cache && speaker !== undefined && cached.has(speaker)) cache.record(id, speaker, after);
    return { id, variants: statementOf(id)?.variants ?? [], ...after };
  };
  const liveCreated = [...created].filter((id) => statementOf(id));
  // A statement founded by one claim of the batch is written with its report and wording in one go.
  const solo = new Set(liveCreated.filter((id) => joins.get(id)?.length === 1 && newWordings.get(id)?.length === 1));
  const rowOf = (id: string) => ({ speakerKey: statementOf(id)?.speakerKey, ...figures(id) });
  const reportOfStatement = new Map(reportRows.map((row) => [row.statement, row]));
  if (solo.size > 0)
    await tx.run(Q.CREATE_SOLO_STATEMENTS, {
      rows: [...solo].map((id) => {
        const report = reportOfStatement.get(id) as (typeof reportRows)[number];
        const keys = (newWordings.get(id) as string[][])[0] as string[];
        return { ...rowOf(id), claim: report.claim, order: report.order, bands: bandValues(keys) };
      }),
    });
  const others = liveCreated.filter((id) => !solo.has(id));
  if (others.length > 0) await tx.run(Q.CREATE_STATEMENTS, { rows: others.map(rowOf) });
  outcome.created = liveCreated.length;
  const otherReports = reportRows.filter((row) => !solo.has(row.statement));
  if (otherReports.length > 0) await tx.run(Q.CREATE_REPORTS, { rows: otherReports });
  const wordingRows = [...newWordings]
    .filter(([id]) => statementOf(id) && !solo.has(id))
    .flatMap(([statement, wordings]) => wordings.map((keys) => ({ statement, bands: bandValues(keys) })));
  if (wordingRows.length > 0) await tx.run(Q.CREATE_WORDINGS, { rows: wordingRows });

  const setRows = [...joins.keys()]
    .filter((id) => stored.has(id) && statementOf(id) && !recompute.has(id))
    .map(figures);
  outcome.joined = setRows.length;
  if (setRows.length > 0) await tx.run(Q.SET_STATEMENTS, { rows: setRows });
  if (recompute.size > 0) {
    await tx.run(Q.SET_VARIANTS, {
      rows: [...recompute].map((id) => ({ id, variants: statementOf(id)?.variants ?? [] })),
    });
    await tx.run(Q.RECOMPUTE_STATEMENTS, { ids: [...recompute] });
  }

  const disputes = [
    ...perArticle.flatMap((article) => findDisputes(article.map((c) => c.dispute))),
    ...(await crossArticleDisputes(tx, batch, perArticle)),
  ];
  if (disputes.length > 0) await tx.run(Q.CREATE_DISPUTES, { rows: disputes });
  outcome.disputes = disputes.length;
  return outcome;
}

/** `$band0`…`$band15` for CANDIDATE_STATEMENTS: each band's distinct stored values over the batch's claims. */
function bandParameters(claims: readonly { fingerprint: { keys: string[] } }[]): Record<string, unknown[]> {
  return Object.fromEntries(
    BAND_PROPERTIES.map((band, i) => {
      const keys = new Set(claims.map((c) => c.fingerprint.keys[i] as string));
      return [band, [...keys].map(bandValue)];
    }),
  );
}
