import {
  decodeLinearModel,
  encodeLinearModel,
  type HashedLinearModel,
  type LinearModelFile,
} from "../../model-file/linear.js";
import { RANKER_FAMILIES, type RankerFamily } from "./features.js";

/**
 * A linear ranker of speaker candidates: one weight per feature hash bucket; a candidate's score is
 * the sum of its features' weights. Hashed features: the file holds numbers only, no vocabulary
 * and no text of the training data.
 */
export interface RankerModel extends HashedLinearModel<RankerFamily> {
  /** How much better than the rules' choice another candidate must score to replace it (chosen on dev). */
  margin: number;
}

/** The speaker-ranker's file (`model-file/linear.ts`): header, then the weights as int16. */
export const RANKER_MODEL_FILE: LinearModelFile = {
  magic: "CGRNK1",
  name: "speaker-ranker",
  retrain: "pnpm train:attribution",
  cutoff: "margin",
};

export function encodeRanker(model: RankerModel): Uint8Array {
  return encodeLinearModel(RANKER_MODEL_FILE, model, model.margin);
}

/** `source` names the file in errors (its path). */
export function decodeRanker(compressed: Uint8Array, source?: string): RankerModel {
  const { model, cutoff } = decodeLinearModel(RANKER_MODEL_FILE, RANKER_FAMILIES, compressed, source);
  return { ...model, margin: cutoff };
}
