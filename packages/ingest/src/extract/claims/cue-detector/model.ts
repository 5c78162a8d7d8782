import { gunzipSync, gzipSync } from "node:zlib";
import { CUE_FAMILIES, type CueFamily } from "./features.js";

/**
 * A linear cue detector: one weight per feature hash bucket; a candidate cue's score is the sum of
 * its features' weights, and it proposes a claim when the score is above `threshold`. Hashed
 * features: the file holds numbers only, no vocabulary and no text of the training data.
 */
export interface CueModel {
  /** log2 of the number of feature buckets. */
  bits: number;
  families: CueFamily[];
  weights: Float32Array;
  /** Score above which a candidate becomes a claim (chosen on a held-out part of PolNeAR train). */
  threshold: number;
  /** How it was trained (data, epochs, seed, held-out figures). */
  meta: Record<string, unknown>;
}

const MAGIC = "CGCUE1";

/**
 * The weights file, laid out like the speaker ranker's (`speaker-ranker/model.ts`): gzip of MAGIC,
 * a uint32 header length, the JSON header (padded to 4 bytes), then the weights as int16 scaled by
 * the header's `scale`.
 */
export function encodeCueModel(model: CueModel): Uint8Array {
  let max = 0;
  for (const w of model.weights) if (Math.abs(w) > max) max = Math.abs(w);
  const scale = max > 0 ? max / 32767 : 1;
  const header = new TextEncoder().encode(
    JSON.stringify({
      bits: model.bits,
      families: model.families,
      threshold: model.threshold,
      scale,
      meta: model.meta,
    }),
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

export function decodeCueModel(compressed: Uint8Array): CueModel {
  const bytes = gunzipSync(compressed);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC)
    throw new Error("not a cue-detector model file (retrain it with `pnpm train:attribution`)");
  const headerLength = view.getUint32(MAGIC.length, true);
  const header = JSON.parse(
    new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + headerLength)),
  ) as { bits: number; families: CueFamily[]; threshold: number; scale: number; meta: Record<string, unknown> };
  for (const f of header.families)
    if (!CUE_FAMILIES.includes(f))
      throw new Error(`the cue-detector model uses an unknown feature family: ${f} (retrain it)`);
  let o = Math.ceil((MAGIC.length + 4 + headerLength) / 4) * 4;
  const weights = new Float32Array(1 << header.bits);
  for (let i = 0; i < weights.length; i++, o += 2) weights[i] = view.getInt16(o, true) * header.scale;
  return { bits: header.bits, families: header.families, weights, threshold: header.threshold, meta: header.meta };
}
