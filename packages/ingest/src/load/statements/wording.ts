import neo4j, { type Integer } from "neo4j-driver";
import { BANDS, bandKeyHashes } from "../../statements/minhash.js";

/**
 * How a wording's LSH band keys are stored: band i's key (speaker key + band + MinHash rows) as one
 * 64-bit integer in `band<i>` of a Wording node — two FNV-1a hashes of the key with different
 * offset bases. An integer per band keeps the 16 range indexes small; a collision can only add a
 * candidate, which grouping then compares (speaker key and wording) and drops.
 */
export const BAND_PROPERTIES: readonly string[] = Array.from({ length: BANDS }, (_, i) => `band${i}`);

/** The 64-bit stored value of one band key. */
export function bandValue(key: string): Integer {
  const [plain, seeded] = bandKeyHashes(key);
  return neo4j.Integer.fromBits(seeded | 0, plain | 0);
}

/** A wording's band keys (as fingerprint.ts makes them, one per band, in band order) as stored values. */
export function bandValues(keys: readonly string[]): Integer[] {
  if (keys.length !== BANDS) throw new RangeError(`a wording has ${BANDS} band keys, not ${keys.length}`);
  return keys.map(bandValue);
}
