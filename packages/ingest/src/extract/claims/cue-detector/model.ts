import {
  decodeLinearModel,
  encodeLinearModel,
  type HashedLinearModel,
  type LinearModelFile,
} from "../../model-file/linear.js";
import { CUE_FAMILIES, type CueFamily } from "./features.js";

/**
 * A linear cue detector: one weight per feature hash bucket; a candidate cue's score is the sum of
 * its features' weights, and it proposes a claim when the score is above `threshold`. Hashed
 * features: the file holds numbers only, no vocabulary and no text of the training data.
 */
export interface CueModel extends HashedLinearModel<CueFamily> {
  /** Score above which a candidate becomes a claim (chosen on a held-out part of PolNeAR train). */
  threshold: number;
}

/** The cue-detector's file (`model-file/linear.ts`): header, then the weights as int16. */
export const CUE_MODEL_FILE: LinearModelFile = {
  magic: "CGCUE1",
  name: "cue-detector",
  retrain: "pnpm train:attribution",
  cutoff: "threshold",
};

export function encodeCueModel(model: CueModel): Uint8Array {
  return encodeLinearModel(CUE_MODEL_FILE, model, model.threshold);
}

/** `source` names the file in errors (its path). */
export function decodeCueModel(compressed: Uint8Array, source?: string): CueModel {
  const { model, cutoff } = decodeLinearModel(CUE_MODEL_FILE, CUE_FAMILIES, compressed, source);
  return { ...model, threshold: cutoff };
}
