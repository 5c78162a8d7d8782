import { decodeModelFile, encodeModelFile, int16Scale, knownFamilies } from "./codec.js";

/**
 * A linear model over hashed features (the cue detector, the speaker ranker): one weight per hash
 * bucket, a candidate's score the sum of its features' weights, and one number that turns scores
 * into a decision (the cue detector's threshold, the ranker's margin).
 */
export interface HashedLinearModel<F extends string> {
  /** log2 of the number of feature buckets. */
  bits: number;
  families: F[];
  weights: Float32Array;
  /** How it was trained (data, epochs, seed, held-out figures). */
  meta: Record<string, unknown>;
}

/** A linear model with its decision number under the key `K` ("threshold", "margin"). */
export type LinearModel<F extends string, K extends string> = HashedLinearModel<F> & Record<K, number>;

/** What tells one linear model's file from another's. */
export interface LinearModelFile<F extends string, K extends string> {
  /** The file's six-character magic ("CGCUE1"). */
  magic: string;
  /** The model's name in errors ("cue-detector"). */
  name: string;
  /** The header key of the decision number, and the model's. */
  cutoff: K;
  /** The feature families this code knows (a file with another is refused). */
  families: readonly F[];
}

/**
 * The encoder and decoder of one linear model's file (`codec.ts`): the header {bits, families,
 * <cutoff>, scale, meta}, then the weights as int16. Both linear models are written by
 * `pnpm train:attribution`, which every error names.
 */
export function linearModelCodec<F extends string, K extends string>(file: LinearModelFile<F, K>) {
  const kind = { magic: file.magic, name: file.name, retrain: "pnpm train:attribution" };
  return {
    encode(model: LinearModel<F, K>): Uint8Array {
      const scale = int16Scale(model.weights);
      const header = {
        bits: model.bits,
        families: model.families,
        [file.cutoff]: model[file.cutoff],
        scale,
        meta: model.meta,
      };
      return encodeModelFile(kind, header, [{ type: "int16", values: model.weights, scale }]);
    },
    /** `source` names the file in errors (its path). */
    decode(compressed: Uint8Array, source?: string): LinearModel<F, K> {
      const read = decodeModelFile(kind, compressed, source);
      const bits = read.number("bits");
      const families = knownFamilies(kind, read.header.families, file.families, source);
      const cutoff = read.number(file.cutoff);
      const weights = read.body.int16(1 << bits, read.number("scale"));
      read.body.end();
      const meta = read.header.meta as Record<string, unknown>;
      return { bits, families, weights, meta, [file.cutoff]: cutoff } as LinearModel<F, K>;
    },
  };
}
