/**
 * Feature hashing: strings to 32-bit hashes (FNV-1a) and hashes combined with a template id
 * (a multiply–xorshift mix). The model stores weights per hash bucket, never the strings, so the
 * weights file holds no vocabulary and no text.
 */
/** FNV-1a over a string's UTF-16 code units, 32 bits (unsigned); `basis` other than FNV's offset basis gives an independent hash. */
export function hashString(value: string, basis = 0x811c9dc5): number {
  let h = basis;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A 32-bit xorshift-multiply finaliser: h ^= h >>> 16, h *= m1, h ^= h >>> shift, h *= m2,
 * h ^= h >>> 16 — every input bit moves every output bit. The constants make it a known one.
 */
function xorshiftMultiply(x: number, m1: number, shift: number, m2: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, m1);
  h ^= h >>> shift;
  h = Math.imul(h, m2);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Chris Wellons's lowbias32: the features' mix. */
const avalanche = (x: number) => xorshiftMultiply(x, 0x7feb352d, 15, 0x846ca68b);

/** murmur3's finaliser (fmix32): MinHash's hash functions. */
export const fmix32 = (x: number) => xorshiftMultiply(x, 0x85ebca6b, 13, 0xc2b2ae35);

/** Hash of a feature: template id with one value hash. */
export function mix1(template: number, a: number): number {
  return avalanche(Math.imul(template + 1, 0x9e3779b1) ^ a);
}

/** Hash of a feature: template id with two value hashes (order matters). */
export function mix2(template: number, a: number, b: number): number {
  return avalanche(Math.imul(template + 1, 0x9e3779b1) ^ a ^ Math.imul(avalanche(b), 0x27d4eb2f));
}
