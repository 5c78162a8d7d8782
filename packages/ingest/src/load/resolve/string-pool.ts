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

/** Byte pages: the first is small (most pools hold a few thousand strings), each next one twice as large up to 1 MiB. */
const FIRST_PAGE_BITS = 12;
const PAGE_BITS = 20;
const PAGE_SIZE = 1 << PAGE_BITS;
const OFFSET_MASK = PAGE_SIZE - 1;
/** A start is a 32-bit page × 2^20 + offset: 4,096 pages at most. */
const MAX_PAGES = 2 ** (32 - PAGE_BITS);

/**
 * Distinct strings kept as UTF-8 bytes in pages that are never copied, each with a handle (0, 1, 2… in the
 * order first interned) and found again through an open-addressing hash table of 32-bit slots.
 * A string costs its bytes and about 16 bytes of table and offsets, where a JS string in a `Map`
 * costs 60–100 bytes of heap: the entity index holds millions of names, aliases and ids this way,
 * in a few typed arrays the garbage collector never walks (resolve/id-multimap.ts). Exact: strings
 * are compared byte for byte, a hash collision only costs a comparison.
 */
export class StringPool {
  /** UTF-8 bytes in pages that are never copied; a string lies whole in one page. */
  private readonly pages: Uint8Array[] = [new Uint8Array(1 << FIRST_PAGE_BITS)];
  /** Bytes used in each page. */
  private readonly pageUsed: number[] = [0];
  /** starts[h]: where string h begins, its page × 2^20 + its offset in that page (a page holds ≤ 1 MiB but a longer string). */
  private readonly starts = new Uint32Column();
  private readonly hashes = new Uint32Column();
  /** Handle + 1 per slot, EMPTY when free; a power of two, at most half full. */
  private slots = new Int32Array(1 << 10);
  private count = 0;
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();
  private scratch = new Uint8Array(64);

  /** How many distinct strings the pool holds. */
  get size(): number {
    return this.count;
  }

  /** Bytes of the typed arrays the pool holds (pages, columns, slots). */
  get allocatedBytes(): number {
    let bytes = this.slots.byteLength + this.starts.allocatedBytes + this.hashes.allocatedBytes;
    for (const page of this.pages) bytes += page.byteLength;
    return bytes;
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
    const handle = this.count;
    this.store(handle, text);
    this.count++;
    this.hashes.set(handle, hash);
    this.slots[slot] = handle + 1;
    if (this.count * 2 > this.slots.length) this.grow();
    return handle;
  }

  /** The string under a handle. */
  text(handle: number): string {
    if (!(handle >= 0 && handle < this.count)) throw new RangeError(`StringPool: no string ${handle}`);
    const bytes = this.locate(handle);
    const start = this.spanStart;
    const end = this.spanEnd;
    let ascii = true;
    for (let i = start; i < end; i++)
      if ((bytes[i] as number) >= 0x80) {
        ascii = false;
        break;
      }
    if (ascii && end - start <= 64) return String.fromCharCode(...bytes.subarray(start, end));
    return this.decoder.decode(bytes.subarray(start, end));
  }

  /** Where `locate` found the last string: [spanStart, spanEnd) of its page (fields, so a lookup allocates nothing). */
  private spanStart = 0;
  private spanEnd = 0;

  /** A string's page, its [start, end) in it left in spanStart/spanEnd: it ends where the next string of its page begins, or where the page's use ends. */
  private locate(handle: number): Uint8Array {
    const at = this.starts.get(handle);
    const page = at >>> PAGE_BITS;
    const start = at & OFFSET_MASK;
    let end = this.pageUsed[page] as number;
    if (handle + 1 < this.count) {
      const next = this.starts.get(handle + 1);
      if (next >>> PAGE_BITS === page) end = next & OFFSET_MASK;
    }
    this.spanStart = start;
    this.spanEnd = end;
    return this.pages[page] as Uint8Array;
  }

  private store(handle: number, text: string): void {
    const most = text.length * 3;
    let page = this.pages.length - 1;
    let used = this.pageUsed[page] as number;
    let bytes = this.pages[page] as Uint8Array;
    if (used + most > bytes.length || used + most > PAGE_SIZE) {
      // A new page, twice the last up to 1 MiB, or as large as this string needs (a string starts
      // within the first MiB of its page: its offset has 20 bits).
      if (this.pages.length >= MAX_PAGES) throw new RangeError("StringPool: full (4,096 pages of UTF-8)");
      const size = Math.max(Math.min(bytes.length * 2, PAGE_SIZE), most);
      bytes = new Uint8Array(size);
      this.pages.push(bytes);
      this.pageUsed.push(0);
      page++;
      used = 0;
    }
    const written = this.encoder.encodeInto(text, bytes.subarray(used)).written;
    this.starts.set(handle, page * PAGE_SIZE + used);
    this.pageUsed[page] = used + written;
  }

  private equals(handle: number, text: string): boolean {
    const bytes = this.locate(handle);
    const start = this.spanStart;
    const end = this.spanEnd;
    const length = end - start;
    let i = 0;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) break;
      if (i >= length || bytes[start + i] !== code) return false;
    }
    if (i === text.length) return i === length;
    // Not ASCII: compare the UTF-8 encoding.
    if (this.scratch.length < text.length * 3) this.scratch = new Uint8Array(text.length * 3);
    const written = this.encoder.encodeInto(text, this.scratch).written;
    if (written !== length) return false;
    for (let j = i; j < written; j++) if (this.scratch[j] !== bytes[start + j]) return false;
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
