/**
 * MinHash signatures and LSH band keys over word shingles. A shingle is hashed once (FNV-1a, 32
 * bits, see shingles.ts); hash function i is that value mixed with seed i (murmur3's finaliser), so a signature
 * costs `HASHES` integer mixes per shingle and no allocation per hash. Pure and deterministic:
 * the same shingles give the same keys in every process, which is what lets the graph store them.
 *
 * Bands: BANDS × ROWS = HASHES. Two texts share at least one band key with probability
 * 1 − (1 − J^ROWS)^BANDS for Jaccard similarity J: with 16 bands of 2 rows that is 0.99 at J = 0.5,
 * 0.78 at J = 0.3 and 0.48 at J = 0.2, so nearly every pair the Jaccard rule accepts is a candidate,
 * while unrelated claims (J ≈ 0) share none. 32 bands found more candidates, but on the statement
 * gold they only added false positives (pnpm bench:statements, 2026-12-02: 16 × 2 P 0.867 R 0.818,
 * 32 × 2 P 0.831 R 0.818) and they doubled what loading stores and seeks. Band i is the same key
 * under either shape (hash i and its seed do not depend on BANDS), so graphs stored with 32 keep
 * their first 16.
 */
import { fmix32, hashString } from "../extract/text/hash.js";

export const BANDS = 16;
export const ROWS = 2;
export const HASHES = BANDS * ROWS;

/** The LSH shape: `bands` keys of `rows` hash values each (bands × rows ≤ HASHES). */
export interface Banding {
  bands: number;
  rows: number;
}

export const DEFAULT_BANDING: Banding = { bands: BANDS, rows: ROWS };

function mix(value: number, seed: number): number {
  return fmix32(value ^ Math.imul(seed + 1, 0x9e3779b1));
}

/**
 * The minimum of each of `count` hash functions (HASHES unless a banding needs another number) over
 * the shingles (hashed, or strings; all 0xffffffff when there are none). Hash i is the same whatever
 * `count` is.
 */
export function minhash(shingles: Iterable<number | string>, count = HASHES): Uint32Array {
  const signature = new Uint32Array(count).fill(0xffffffff);
  for (const shingle of shingles) {
    const base = typeof shingle === "number" ? shingle : hashString(shingle);
    for (let i = 0; i < count; i++) {
      const h = mix(base, i);
      if (h < (signature[i] as number)) signature[i] = h;
    }
  }
  return signature;
}

/**
 * One key per band: `<band>:<hex of the band's rows>` prefixed with the speaker key, so claims of
 * different speakers never meet as candidates. Empty text has no keys.
 */
export function bandKeys(signature: Uint32Array, speakerKey: string, banding: Banding = DEFAULT_BANDING): string[] {
  if (signature.every((v) => v === 0xffffffff)) return [];
  const { bands, rows } = banding;
  if (bands * rows > signature.length)
    throw new RangeError(`${bands} bands × ${rows} rows need more than ${signature.length} hashes`);
  const keys: string[] = [];
  for (let band = 0; band < bands; band++) {
    let hex = "";
    for (let row = 0; row < rows; row++) hex += (signature[band * rows + row] as number).toString(16).padStart(8, "0");
    keys.push(`${speakerKey}|${band}:${hex}`);
  }
  return keys;
}

/**
 * A band key's two 32-bit FNV-1a hashes, with the default offset basis and with another: the graph
 * stores them as one 64-bit integer per band (load/statements/wording.ts) and a `StatementIndex` keys
 * its map by 53 bits of them (`keyNumber`), so both read the same key the same way.
 */
export function bandKeyHashes(key: string): [plain: number, seeded: number] {
  return [hashString(key), hashString(key, 0x050c5d1f)];
}
