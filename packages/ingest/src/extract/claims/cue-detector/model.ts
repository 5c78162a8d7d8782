import { type HashedLinearModel, linearModelCodec } from "../../model-file/linear.js";
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

const codec = linearModelCodec({ magic: "CGCUE1", name: "cue-detector", cutoff: "threshold", families: CUE_FAMILIES });

/** The cue-detector's file (`model-file/linear.ts`): header, then the weights as int16. */
export const encodeCueModel: (model: CueModel) => Uint8Array = codec.encode;
/** `source` names the file in errors (its path). */
export const decodeCueModel: (compressed: Uint8Array, source?: string) => CueModel = codec.decode;
