export {
  ALL_CORRECTIONS,
  CORRECTION_CONSTRAINT,
  type CorrectionMode,
  type CorrectionPlan,
  CREATE_CORRECTION,
  correctionPlan,
  MARK_UNDONE,
  mentionMoves,
} from "./effect.js";
export {
  CORRECTION_KINDS,
  CORRECTION_LABELS,
  type CorrectionKind,
  type CorrectionLabel,
  type CorrectionRecord,
  correctionReason,
  correctionRecordSchema,
  scopedId,
  splitScopedId,
} from "./record.js";
export { type PlanTransaction, runCorrectionPlan } from "./run-plan.js";
