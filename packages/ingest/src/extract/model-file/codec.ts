import { gunzipSync, gzipSync } from "node:zlib";

/**
 * The one file layout of the learned models (entity tagger, cue detector, speaker ranker): gzip of
 * a 6-byte ASCII magic ("CGTAG1"), a uint32 header length, the JSON header (padded to 4 bytes),
 * then the body: sections of little-endian numbers one after another, in an order each model's
 * `model.ts` fixes. Weights go as int16 times a scale the header carries (|w| ≤ 32767 × scale).
 * Hashed features: the files hold numbers only, no vocabulary and no text of the training data.
 */
export interface ModelFileKind {
  /** Six ASCII characters at the start of the unzipped file. */
  magic: string;
  /** The model's name in errors: "tagger", "cue-detector". */
  name: string;
  /** The command that writes the file again, for errors: "pnpm train:entities". */
  retrain: string;
}

/** A body section: `values` as little-endian numbers of one type (int16: divided by `scale` and rounded). */
export type Section =
  | { type: "float32" | "uint32" | "uint8"; values: ArrayLike<number> }
  | { type: "int16"; values: ArrayLike<number>; scale: number };

const SIZE = { float32: 4, int16: 2, uint32: 4, uint8: 1 } as const;

/** The int16 scale for these weights: the largest |w| maps to 32767 (1 when all are 0). */
export function int16Scale(weights: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = Math.abs(weights[i] as number);
    if (w > max) max = w;
  }
  return max > 0 ? max / 32767 : 1;
}

function bodyStart(headerLength: number): number {
  return Math.ceil((6 + 4 + headerLength) / 4) * 4;
}

/** The gzipped file: the same model and header give the same bytes. */
export function encodeModelFile(kind: ModelFileKind, header: object, sections: readonly Section[]): Uint8Array {
  if (kind.magic.length !== 6) throw new Error(`model-file magic must be 6 characters: ${kind.magic}`);
  const json = new TextEncoder().encode(JSON.stringify(header));
  let size = bodyStart(json.length);
  for (const s of sections) size += s.values.length * SIZE[s.type];
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(kind.magic), 0);
  view.setUint32(6, json.length, true);
  bytes.set(json, 10);
  let o = bodyStart(json.length);
  for (const s of sections) {
    const values = s.values;
    const n = values.length;
    if (s.type === "float32") for (let i = 0; i < n; i++, o += 4) view.setFloat32(o, values[i] as number, true);
    else if (s.type === "int16")
      for (let i = 0; i < n; i++, o += 2) view.setInt16(o, Math.round((values[i] as number) / s.scale), true);
    else if (s.type === "uint32") for (let i = 0; i < n; i++, o += 4) view.setUint32(o, values[i] as number, true);
    else for (let i = 0; i < n; i++) bytes[o++] = values[i] as number;
  }
  return gzipSync(bytes, { level: 9 });
}

/** Reads a file's body section by section, in the order they were written. */
export interface BodyReader {
  float32(count: number): Float32Array;
  /** int16 values times `scale`. */
  int16(count: number, scale: number): Float32Array;
  uint32(count: number): Uint32Array;
  uint8(count: number): Uint8Array;
  /** Throws unless the whole body has been read (a longer file is another model, or a corrupt one). */
  end(): void;
}

export interface ModelFile {
  header: Record<string, unknown>;
  /** The header's number `key`; throws, naming the file, when it is missing (unless `optional`). */
  number(key: string): number;
  number(key: string, optional: true): number | undefined;
  body: BodyReader;
}

/**
 * Unzips and checks a model file: its magic, its header, and (as the body is read) its length.
 * `source` names the file in errors (its path; by default "the <name> model"); every error says
 * which command writes the file again.
 */
export function decodeModelFile(kind: ModelFileKind, compressed: Uint8Array, source?: string): ModelFile {
  const fail = (what: string): never => {
    throw new Error(`${source ?? `the ${kind.name} model`}: ${what} (retrain it with \`${kind.retrain}\`)`);
  };
  let bytes: Uint8Array;
  try {
    bytes = gunzipSync(compressed);
  } catch (e) {
    return fail(`not a ${kind.name} model file: it does not unzip (${(e as Error).message})`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 10 || new TextDecoder().decode(bytes.subarray(0, 6)) !== kind.magic)
    fail(`not a ${kind.name} model file (it does not start with ${kind.magic})`);
  const headerLength = view.getUint32(6, true);
  if (10 + headerLength > bytes.length) fail(`truncated in its header (${headerLength} bytes announced)`);
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(10, 10 + headerLength)));
  } catch (e) {
    fail(`its header is not JSON (${(e as Error).message})`);
  }
  if (typeof header !== "object" || header === null || Array.isArray(header)) fail("its header is not a JSON object");
  let o = bodyStart(headerLength);
  const take = (count: number, size: number): number => {
    const at = o;
    if (!Number.isInteger(count) || count < 0 || at + count * size > bytes.length)
      fail(`truncated: ${count * size} more bytes expected at byte ${at}, the file has ${bytes.length}`);
    o += count * size;
    return at;
  };
  const body: BodyReader = {
    float32(count) {
      const at = take(count, 4);
      const out = new Float32Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getFloat32(at + i * 4, true);
      return out;
    },
    int16(count, scale) {
      const at = take(count, 2);
      const out = new Float32Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getInt16(at + i * 2, true) * scale;
      return out;
    },
    uint32(count) {
      const at = take(count, 4);
      const out = new Uint32Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getUint32(at + i * 4, true);
      return out;
    },
    uint8(count) {
      const at = take(count, 1);
      return bytes.slice(at, at + count);
    },
    end() {
      if (o !== bytes.length) fail(`${bytes.length - o} bytes past the end of its body`);
    },
  };
  const fields = header as Record<string, unknown>;
  function number(key: string): number;
  function number(key: string, optional: true): number | undefined;
  function number(key: string, optional?: true): number | undefined {
    const value = fields[key];
    if (value === undefined && optional) return undefined;
    if (typeof value !== "number" || !Number.isFinite(value)) return fail(`its header has no number "${key}"`);
    return value;
  }
  return { header: fields, number, body };
}

/**
 * The header's feature families, each one this code knows (a model trained with a family since
 * renamed or removed must be retrained).
 */
export function knownFamilies<F extends string>(
  kind: ModelFileKind,
  families: unknown,
  known: readonly F[],
  source?: string,
): F[] {
  const name = source ?? `the ${kind.name} model`;
  if (!Array.isArray(families))
    throw new Error(`${name}: its header lists no feature families (retrain it with \`${kind.retrain}\`)`);
  for (const f of families)
    if (!known.includes(f as F))
      throw new Error(`${name} uses an unknown feature family: ${f} (retrain it with \`${kind.retrain}\`)`);
  return families as F[];
}
