import { gunzipSync, gzipSync } from "node:zlib";
import { RANKER_FAMILIES, type RankerFamily } from "./features.js";

/**
 * A linear ranker of speaker candidates: one weight per feature hash bucket; a candidate's score is
 * the sum of its features' weights. Hashed features: the file holds numbers only, no vocabulary
 * and no text of the training data.
 */
export interface RankerModel {
  /** log2 of the number of feature buckets. */
  bits: number;
  families: RankerFamily[];
  weights: Float32Array;
  /** How much better than the rules' choice another candidate must score to replace it (chosen on dev). */
  margin: number;
  /** How it was trained (data, epochs, seed, dev figures). */
  meta: Record<string, unknown>;
}

const MAGIC = "CGRNK1";

/**
 * The weights file, laid out like the entity tagger's (`entities/tagger/model.ts`): gzip of MAGIC,
 * a uint32 header length, the JSON header (padded to 4 bytes), then the weights as int16 scaled by
 * the header's `scale`.
 */
export function encodeRanker(model: RankerModel): Uint8Array {
  let max = 0;
  for (const w of model.weights) if (Math.abs(w) > max) max = Math.abs(w);
  const scale = max > 0 ? max / 32767 : 1;
  const header = new TextEncoder().encode(
    JSON.stringify({ bits: model.bits, families: model.families, margin: model.margin, scale, meta: model.meta }),
  );
  const headerPadded = Math.ceil((MAGIC.length + 4 + header.length) / 4) * 4;
  const bytes = new Uint8Array(headerPadded + model.weights.length * 2);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(MAGIC.length, header.length, true);
  bytes.set(header, MAGIC.length + 4);
  let o = headerPadded;
  for (const w of model.weights) {
    view.setInt16(o, Math.round(w / scale), true);
    o += 2;
  }
  return gzipSync(bytes, { level: 9 });
}

export function decodeRanker(compressed: Uint8Array): RankerModel {
  const bytes = gunzipSync(compressed);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC)
    throw new Error("not a speaker-ranker model file (retrain it with `pnpm train:attribution`)");
  const headerLength = view.getUint32(MAGIC.length, true);
  const header = JSON.parse(
    new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + headerLength)),
  ) as { bits: number; families: RankerFamily[]; margin: number; scale: number; meta: Record<string, unknown> };
  for (const f of header.families)
    if (!RANKER_FAMILIES.includes(f))
      throw new Error(`the speaker-ranker model uses an unknown feature family: ${f} (retrain it)`);
  let o = Math.ceil((MAGIC.length + 4 + headerLength) / 4) * 4;
  const weights = new Float32Array(1 << header.bits);
  for (let i = 0; i < weights.length; i++, o += 2) weights[i] = view.getInt16(o, true) * header.scale;
  return { bits: header.bits, families: header.families, weights, margin: header.margin, meta: header.meta };
}
