import type { CorrectionPlan } from "./effect.js";

/**
 * What running a plan needs of a transaction: neo4j-driver's `ManagedTransaction` fits (schema
 * imports no driver; the loader and the viewer server pass theirs).
 */
export interface PlanTransaction {
  run(query: string, parameters?: Record<string, unknown>): PromiseLike<{ records: { toObject(): object }[] }>;
}

/**
 * Runs one correction plan in the caller's transaction — the loader's replay and the viewer
 * server's apply/undo run the same steps: find the mentions, move them (only when there are any),
 * then the clean-up statements. Returns how many mentions moved.
 */
export async function runCorrectionPlan(tx: PlanTransaction, plan: CorrectionPlan): Promise<number> {
  const rows = plan.find ? (await tx.run(plan.find, plan.params)).records.map((r) => r.toObject()) : [];
  if (rows.length > 0) {
    for (const statement of plan.moves) {
      await tx.run(statement, { rows, correction: plan.correction, how: plan.how, undo: plan.undo });
    }
  }
  for (const statement of plan.after) await tx.run(statement, plan.params);
  return rows.length;
}
