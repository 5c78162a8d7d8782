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

function avalanche(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of a feature: template id with one value hash. */
export function mix1(template: number, a: number): number {
  return avalanche(Math.imul(template + 1, 0x9e3779b1) ^ a);
}

/** Hash of a feature: template id with two value hashes (order matters). */
export function mix2(template: number, a: number, b: number): number {
  return avalanche(Math.imul(template + 1, 0x9e3779b1) ^ a ^ Math.imul(avalanche(b), 0x27d4eb2f));
}
