import { type HashedLinearModel, linearModelCodec } from "../../model-file/linear.js";
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

const codec = linearModelCodec({
  magic: "CGRNK1",
  name: "speaker-ranker",
  cutoff: "margin",
  families: RANKER_FAMILIES,
});

/** The speaker-ranker's file (`model-file/linear.ts`): header, then the weights as int16. */
export const encodeRanker: (model: RankerModel) => Uint8Array = codec.encode;
/** `source` names the file in errors (its path). */
export const decodeRanker: (compressed: Uint8Array, source?: string) => RankerModel = codec.decode;
