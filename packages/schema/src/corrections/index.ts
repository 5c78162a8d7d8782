export {
  ALL_CORRECTIONS,
  CORRECTION_CONSTRAINT,
  type CorrectionMode,
  type CorrectionPlan,
  CREATE_CORRECTION,
  correctionPlan,
  MARK_UNDONE,
} from "./effect.js";
export {
  CORRECTION_KINDS,
  CORRECTION_LABELS,
  CORRECTION_LIMITS,
  type CorrectionKind,
  type CorrectionLabel,
  type CorrectionRecord,
  type CorrectionRequest,
  correctionReason,
  correctionRecordSchema,
  correctionRequestSchema,
  scopedId,
  splitScopedId,
  undoRequestSchema,
} from "./record.js";
