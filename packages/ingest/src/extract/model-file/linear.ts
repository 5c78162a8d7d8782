import { decodeModelFile, encodeModelFile, int16Scale, knownFamilies, type ModelFileKind } from "./codec.js";

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

/** A linear model's file: its kind, and the header key of its decision number. */
export interface LinearModelFile extends ModelFileKind {
  cutoff: string;
}

/** The file (`codec.ts`): the header {bits, families, <cutoff>, scale, meta}, then the weights as int16. */
export function encodeLinearModel<F extends string>(
  file: LinearModelFile,
  model: HashedLinearModel<F>,
  cutoff: number,
): Uint8Array {
  const scale = int16Scale(model.weights);
  const header = { bits: model.bits, families: model.families, [file.cutoff]: cutoff, scale, meta: model.meta };
  return encodeModelFile(file, header, [{ type: "int16", values: model.weights, scale }]);
}

/** The model and its decision number; `source` names the file in errors (its path). */
export function decodeLinearModel<F extends string>(
  file: LinearModelFile,
  known: readonly F[],
  compressed: Uint8Array,
  source?: string,
): { model: HashedLinearModel<F>; cutoff: number } {
  const read = decodeModelFile(file, compressed, source);
  const bits = read.number("bits");
  const families = knownFamilies(file, read.header.families, known, source);
  const cutoff = read.number(file.cutoff);
  const weights = read.body.int16(1 << bits, read.number("scale"));
  read.body.end();
  return { model: { bits, families, weights, meta: read.header.meta as Record<string, unknown> }, cutoff };
}
