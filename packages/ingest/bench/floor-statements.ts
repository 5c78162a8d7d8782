// The statement rows of a loaded corpus, for bench:ingest's floor: the Statement nodes (with their
// final figures), REPORTS edges and Wording nodes the statement stage ends with, planned in memory
// with the same grouping (StatementIndex, best link) so the floor can write them with plain
// UNWIND … CREATE, batch by batch, as it writes the rest of the graph.
import type { ArticleRows } from "../src/load/rows.js";
import { reportOf, statementClaims } from "../src/load/statements/statement-claims.js";
import { addReports, EMPTY_STATS, type Report } from "../src/load/statements/tally.js";
import { bandValues } from "../src/load/statements/wording.js";
import { StatementIndex } from "../src/statements/statement-index.js";

export interface StatementFloorBatch {
  /** Statements founded in this batch, with the figures they end with (CREATE_STATEMENTS rows). */
  statements: Record<string, unknown>[];
  /** CREATE_REPORTS rows. */
  reports: { claim: string; statement: string; order: number }[];
  /** CREATE_WORDINGS rows. */
  wordings: { statement: string; bands: unknown[] }[];
}

export function plannedStatementRows(batches: readonly ArticleRows[][]): StatementFloorBatch[] {
  const index = new StatementIndex();
  const reportsOf = new Map<string, Report[]>();
  const foundedIn = new Map<string, number>();
  let order = 0;
  const planned: StatementFloorBatch[] = batches.map((batch, b) => {
    const out: StatementFloorBatch = { statements: [], reports: [], wordings: [] };
    for (const claim of batch.flatMap(statementClaims)) {
      if (claim.fingerprint.keys.length === 0) continue;
      const placed = index.add(claim.fingerprint, `st:${claim.claim}`);
      if (placed.merged.length > 0) throw new Error("bench floor: best link never merges statements");
      if (placed.created) foundedIn.set(placed.statement, b);
      order++;
      out.reports.push({ claim: claim.claim, statement: placed.statement, order });
      reportsOf.set(placed.statement, [...(reportsOf.get(placed.statement) ?? []), reportOf(claim, order)]);
      if (placed.newVariant)
        out.wordings.push({ statement: placed.statement, bands: bandValues(claim.fingerprint.keys) });
    }
    return out;
  });
  for (const [id, b] of foundedIn) {
    const statement = index.get(id);
    if (!statement) continue;
    planned[b]?.statements.push({
      id,
      speakerKey: statement.speakerKey,
      variants: statement.variants,
      ...addReports(EMPTY_STATS, reportsOf.get(id) ?? []),
    });
  }
  return planned;
}
