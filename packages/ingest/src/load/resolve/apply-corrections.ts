import {
  ALL_CORRECTIONS,
  type CorrectionRecord,
  correctionPlan,
  correctionRecordSchema,
  runCorrectionPlan,
} from "@claimgraph/schema";
import type { Driver } from "neo4j-driver";

/** Every correction record, oldest first (Neo4j adapter). */
export async function readCorrections(driver: Driver, database: string | undefined): Promise<CorrectionRecord[]> {
  const result = await driver.executeQuery(ALL_CORRECTIONS, {}, { database, routing: "READ" });
  return result.records.map((r) => correctionRecordSchema.parse(r.get("c")));
}

/**
 * The end-of-run pass (Neo4j adapter): each correction in force is applied again and each undone
 * one undone again, with the statements the viewer runs (@claimgraph/schema `correctionPlan`).
 * Idempotent: what this run wrote already obeyed the corrections it read at the start, so this
 * moves something only for a correction recorded or undone while the run went on. One
 * transaction per correction; reads are one index lookup per correction when nothing moves.
 */
export async function applyCorrections(
  driver: Driver,
  database: string | undefined,
): Promise<{ active: number; undone: number; moved: number; ms: number }> {
  const began = Date.now();
  const records = await readCorrections(driver, database);
  let moved = 0;
  const session = driver.session({ database });
  try {
    for (const record of records) {
      const plan = correctionPlan(record, record.undoneAt === null ? "apply" : "undo");
      moved += await session.executeWrite((tx) => runCorrectionPlan(tx, plan));
    }
  } finally {
    await session.close();
  }
  const undone = records.filter((r) => r.undoneAt !== null).length;
  return { active: records.length - undone, undone, moved, ms: Date.now() - began };
}
