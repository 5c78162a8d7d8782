import { Uint32Column } from "./int-column.js";

const EMPTY = 0;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a string's UTF-16 code units (exported for the tests' collisions). */
export function hashOf(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/**
 * Distinct strings kept as UTF-8 bytes in one growing buffer, each with a handle (0, 1, 2… in the
 * order first interned) and found again through an open-addressing hash table of 32-bit slots.
 * A string costs its bytes and about 16 bytes of table and offsets, where a JS string in a `Map`
 * costs 60–100 bytes of heap: the entity index holds millions of names, aliases and ids this way,
 * in a few typed arrays the garbage collector never walks (resolve/id-multimap.ts). Exact: strings
 * are compared byte for byte, a hash collision only costs a comparison.
 */
export class StringPool {
  private bytes = new Uint8Array(1 << 12);
  private used = 0;
  /** offsets[h] is where string h begins, offsets[h + 1] where it ends. */
  private readonly offsets = new Uint32Column();
  private readonly hashes = new Uint32Column();
  /** Handle + 1 per slot, EMPTY when free; a power of two, at most half full. */
  private slots = new Int32Array(1 << 10);
  private count = 0;
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();
  private scratch = new Uint8Array(64);

  constructor() {
    this.offsets.set(0, 0);
  }

  /** How many distinct strings the pool holds. */
  get size(): number {
    return this.count;
  }

  /** The string's handle, or -1 when the pool does not hold it. */
  find(text: string): number {
    const hash = hashOf(text);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot] as number;
      if (held === EMPTY) return -1;
      if (this.hashes.get(held - 1) === hash && this.equals(held - 1, text)) return held - 1;
    }
  }

  /** The string's handle, adding it when new. */
  intern(text: string): number {
    const hash = hashOf(text);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot] as number;
      if (held === EMPTY) break;
      if (this.hashes.get(held - 1) === hash && this.equals(held - 1, text)) return held - 1;
    }
    const handle = this.count++;
    this.store(text);
    this.hashes.set(handle, hash);
    this.slots[slot] = handle + 1;
    if (this.count * 2 > this.slots.length) this.grow();
    return handle;
  }

  /** The string under a handle. */
  text(handle: number): string {
    if (!(handle >= 0 && handle < this.count)) throw new RangeError(`StringPool: no string ${handle}`);
    const start = this.offsets.get(handle);
    const end = this.offsets.get(handle + 1);
    let ascii = true;
    for (let i = start; i < end; i++)
      if ((this.bytes[i] as number) >= 0x80) {
        ascii = false;
        break;
      }
    if (ascii && end - start <= 64) return String.fromCharCode(...this.bytes.subarray(start, end));
    return this.decoder.decode(this.bytes.subarray(start, end));
  }

  private store(text: string): void {
    const need = this.used + text.length * 3;
    if (need > this.bytes.length) {
      let size = this.bytes.length * 2;
      while (size < need) size *= 2;
      const bigger = new Uint8Array(size);
      bigger.set(this.bytes.subarray(0, this.used));
      this.bytes = bigger;
    }
    this.used += this.encoder.encodeInto(text, this.bytes.subarray(this.used)).written;
    this.offsets.set(this.count, this.used);
  }

  private equals(handle: number, text: string): boolean {
    const start = this.offsets.get(handle);
    const length = this.offsets.get(handle + 1) - start;
    let i = 0;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) break;
      if (i >= length || this.bytes[start + i] !== code) return false;
    }
    if (i === text.length) return i === length;
    // Not ASCII: compare the UTF-8 encoding.
    if (this.scratch.length < text.length * 3) this.scratch = new Uint8Array(text.length * 3);
    const written = this.encoder.encodeInto(text, this.scratch).written;
    if (written !== length) return false;
    for (let j = i; j < written; j++) if (this.scratch[j] !== this.bytes[start + j]) return false;
    return true;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let handle = 0; handle < this.count; handle++) {
      let slot = this.hashes.get(handle) & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = handle + 1;
    }
    this.slots = slots;
  }
}
