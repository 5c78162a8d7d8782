import { gunzipSync, gzipSync } from "node:zlib";
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

const MAGIC = "CGTAG1";

/**
 * The weights file: gzip of MAGIC, a uint32 header length, the JSON header, float32 transitions,
 * then the weights as int16 scaled by the header's `scale` (|w| ≤ 32767 × scale).
 */
export function encodeModel(model: TaggerModel): Uint8Array {
  let max = 0;
  for (const w of model.weights) if (Math.abs(w) > max) max = Math.abs(w);
  const scale = max > 0 ? max / 32767 : 1;
  const header = new TextEncoder().encode(
    JSON.stringify({
      bits: model.bits,
      families: model.families,
      labels: LABELS,
      scale,
      ...(model.orgMinMargin !== undefined ? { orgMinMargin: model.orgMinMargin } : {}),
      ...(model.personMinMargin !== undefined ? { personMinMargin: model.personMinMargin } : {}),
      clusterCount: model.clusters?.size ?? 0,
      meta: model.meta,
    }),
  );
  const headerPadded = Math.ceil((MAGIC.length + 4 + header.length) / 4) * 4;
  const clusters = [...(model.clusters ?? new Map<number, number>())].sort((a, b) => a[0] - b[0]);
  const bytes = new Uint8Array(
    headerPadded + model.transitions.length * 4 + model.weights.length * 2 + clusters.length * 5,
  );
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(MAGIC.length, header.length, true);
  bytes.set(header, MAGIC.length + 4);
  const view = new DataView(bytes.buffer);
  let o = headerPadded;
  for (const t of model.transitions) {
    view.setFloat32(o, t, true);
    o += 4;
  }
  for (const w of model.weights) {
    view.setInt16(o, Math.round(w / scale), true);
    o += 2;
  }
  for (const [hash] of clusters) {
    view.setUint32(o, hash, true);
    o += 4;
  }
  for (const [, id] of clusters) bytes[o++] = id;
  return gzipSync(bytes, { level: 9 });
}

export function decodeModel(compressed: Uint8Array): TaggerModel {
  const bytes = gunzipSync(compressed);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw new Error("not a tagger model file");
  const headerLength = view.getUint32(MAGIC.length, true);
  const header = JSON.parse(
    new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + headerLength)),
  ) as {
    bits: number;
    families: FeatureFamily[];
    labels: string[];
    scale: number;
    orgMinMargin?: number;
    personMinMargin?: number;
    clusterCount?: number;
    meta: Record<string, unknown>;
  };
  if (header.labels.join() !== LABELS.join()) throw new Error("the model's labels differ from this code's");
  for (const f of header.families)
    if (!FEATURE_FAMILIES.includes(f)) throw new Error(`the model uses an unknown feature family: ${f}`);
  let o = Math.ceil((MAGIC.length + 4 + headerLength) / 4) * 4;
  const transitions = new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT);
  for (let i = 0; i < transitions.length; i++, o += 4) transitions[i] = view.getFloat32(o, true);
  const weights = new Float32Array((1 << header.bits) * LABEL_COUNT);
  for (let i = 0; i < weights.length; i++, o += 2) weights[i] = view.getInt16(o, true) * header.scale;
  const count = header.clusterCount ?? 0;
  const clusters = new Map<number, number>();
  for (let i = 0; i < count; i++) clusters.set(view.getUint32(o + i * 4, true), bytes[o + count * 4 + i] as number);
  return {
    bits: header.bits,
    families: header.families,
    weights,
    transitions,
    ...(header.orgMinMargin !== undefined ? { orgMinMargin: header.orgMinMargin } : {}),
    ...(header.personMinMargin !== undefined ? { personMinMargin: header.personMinMargin } : {}),
    ...(count > 0 ? { clusters } : {}),
    meta: header.meta,
  };
}
