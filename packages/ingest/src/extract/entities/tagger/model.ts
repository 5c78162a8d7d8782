import {
  decodeModelFile,
  encodeModelFile,
  int16Scale,
  knownFamilies,
  type ModelFileKind,
} from "../../model-file/codec.js";
import { liveRows } from "./decode.js";
import { FEATURE_FAMILIES, type FeatureFamily, type WordClusters } from "./features.js";
import { LABEL_COUNT, LABELS } from "./labels.js";

/**
 * A linear-chain tagger's parameters: one weight per (feature hash bucket, label) and one per
 * label transition (the last row is the sentence start). Hashed features: the file holds numbers
 * only, no vocabulary and no text of the training data.
 */
export interface TaggerModel {
  /** log2 of the number of feature buckets. */
  bits: number;
  families: FeatureFamily[];
  /** buckets × LABEL_COUNT, label-minor. */
  weights: Float32Array;
  /**
   * One bit per bucket, set where the bucket has a weight other than zero (decode.ts `liveRows`):
   * lets the tagger skip the rows of features never seen in training. Only on a model read from
   * its file, whose weights never change; a model being trained has none.
   */
  liveRows?: Uint32Array;
  /** (LABEL_COUNT + 1) × LABEL_COUNT: from label (row; LABEL_COUNT = start) to label (column). */
  transitions: Float32Array;
  /**
   * Organizations scoring less than this over O (mean per token) are tentative: reported only when
   * a claim or an affiliation uses them. Chosen on the dev set after training (calibrate.ts).
   */
  orgMinMargin?: number;
  /**
   * People scoring less than this over O are tentative when the rules see no first name and no
   * title in them ("Legato", "Hydrodynamica"): reported only when a claim or an affiliation uses
   * them. Chosen on GUM bio held out of training (train-entities.ts).
   */
  personMinMargin?: number;
  /** Word classes for the cluster features (hash of a lower-cased word → class). */
  clusters?: WordClusters;
  /** How it was trained (data, epochs, seed, dev figures): the model card's numbers. */
  meta: Record<string, unknown>;
}

/**
 * The tagger's file (`model-file/codec.ts`): header, then float32 transitions, the weights as
 * int16, and the word clusters (uint32 word hashes in ascending order, then a uint8 class each).
 */
export const TAGGER_MODEL_FILE: ModelFileKind = {
  magic: "CGTAG1",
  name: "tagger",
  retrain: "pnpm train:entities",
};

export function encodeModel(model: TaggerModel): Uint8Array {
  const scale = int16Scale(model.weights);
  const header = {
    bits: model.bits,
    families: model.families,
    labels: LABELS,
    scale,
    ...(model.orgMinMargin !== undefined ? { orgMinMargin: model.orgMinMargin } : {}),
    ...(model.personMinMargin !== undefined ? { personMinMargin: model.personMinMargin } : {}),
    clusterCount: model.clusters?.size ?? 0,
    meta: model.meta,
  };
  const clusters = [...(model.clusters ?? new Map<number, number>())].sort((a, b) => a[0] - b[0]);
  return encodeModelFile(TAGGER_MODEL_FILE, header, [
    { type: "float32", values: model.transitions },
    { type: "int16", values: model.weights, scale },
    { type: "uint32", values: clusters.map(([hash]) => hash) },
    { type: "uint8", values: clusters.map(([, id]) => id) },
  ]);
}

/** `source` names the file in errors (its path). */
export function decodeModel(compressed: Uint8Array, source?: string): TaggerModel {
  const file = decodeModelFile(TAGGER_MODEL_FILE, compressed, source);
  const labels = file.header.labels;
  if (!Array.isArray(labels) || labels.join() !== LABELS.join())
    throw new Error(
      `${source ?? "the tagger model"}: the model's labels differ from this code's (retrain it with \`${TAGGER_MODEL_FILE.retrain}\`)`,
    );
  const bits = file.number("bits");
  const families = knownFamilies(TAGGER_MODEL_FILE, file.header.families, FEATURE_FAMILIES, source);
  const orgMinMargin = file.number("orgMinMargin", true);
  const personMinMargin = file.number("personMinMargin", true);
  const transitions = file.body.float32((LABEL_COUNT + 1) * LABEL_COUNT);
  const weights = file.body.int16((1 << bits) * LABEL_COUNT, file.number("scale"));
  const count = file.number("clusterCount", true) ?? 0;
  const hashes = file.body.uint32(count);
  const ids = file.body.uint8(count);
  file.body.end();
  const clusters = new Map<number, number>();
  for (let i = 0; i < count; i++) clusters.set(hashes[i] as number, ids[i] as number);
  return {
    bits,
    families,
    weights,
    liveRows: liveRows(weights),
    transitions,
    ...(orgMinMargin !== undefined ? { orgMinMargin } : {}),
    ...(personMinMargin !== undefined ? { personMinMargin } : {}),
    ...(count > 0 ? { clusters } : {}),
    meta: file.header.meta as Record<string, unknown>,
  };
}
