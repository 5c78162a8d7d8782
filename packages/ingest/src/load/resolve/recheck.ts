import type { Driver } from "neo4j-driver";
import { KEPT_SHORT_FORMS, MOVE_SHORT_FORMS, recomputeAliases } from "../cypher.js";
import type { EntityIndex } from "../entity-index.js";
import type { CorrectionBook } from "./corrections.js";

/**
 * The end-of-run pass (Neo4j adapter): every short form the graph keeps apart with possible matches
 * is decided again by `EntityIndex.recheck` against the corpus as it now is, and the ones that now
 * resolve are moved onto their full name in one write transaction. Reads are proportional to the
 * short forms kept apart, not to the corpus.
 */
export async function recheckShortForms(
  driver: Driver,
  index: EntityIndex,
  database: string | undefined,
  corrections?: CorrectionBook,
): Promise<{ shortForms: number; merged: number; ms: number }> {
  const began = Date.now();
  const kept = await driver.executeQuery(KEPT_SHORT_FORMS, {}, { database, routing: "READ" });
  const rows: { from: string; to: string; how: string }[] = [];
  const left = new Set(kept.records);
  // A merge adds an article to its full name, which may settle another short form: repeat until nothing moves.
  for (let moved = true; moved; ) {
    moved = false;
    for (const record of left) {
      const id = record.get("id") as string;
      const rejected = corrections?.rejected(id.slice(0, id.lastIndexOf("@")), record.get("sourceKey") as string);
      const merge = index.recheck(
        record.get("name") as string,
        record.get("resolution") as string,
        record.get("article"),
        rejected,
      );
      if (!merge) continue;
      rows.push({ from: id, to: merge.id, how: merge.how });
      left.delete(record);
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
  return { shortForms: kept.records.length, merged: rows.length, ms: Date.now() - began };
}
