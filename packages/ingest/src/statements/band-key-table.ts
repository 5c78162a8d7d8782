/**
 * Band keys (`keyNumber`: integers below 2^53) to the small integers filed under them (a
 * statement index's statement slots), in typed arrays rather than a `Map<number, …>`: a loader's
 * statement cache holds about a million band keys, and a Map of them costs a boxed number, an
 * entry and a share of one hash table per key, a table that doubles in one block as it grows
 * (measured: the step of ~55 MB in the large-object space of a 100,000-article ingest). Here a key
 * costs 12 bytes of an open-addressing table kept at most half full, and a filed value 8 bytes of
 * an entry list; a table sized for its bound up front (`capacity`) never grows.
 *
 * Each key's values are a list threaded through the entry columns newest first and read back
 * reversed, so they come back in the order they were filed (a statement index's decisions depend
 * on the order it meets candidates). A key whose last value is removed leaves the table at once
 * (backward-shift deletion: no tombstones, so a cache that keeps evicting never rebuilds).
 */
const EMPTY = 0;
const MIN_CAPACITY = 16;

export class BandKeyTable {
  private keys: Float64Array;
  /** By table position: EMPTY, or the key's newest entry + 1. */
  private heads: Int32Array;
  private mask: number;
  /** By entry: its value, and the entry filed before it under the same key + 1 (0: the first); a free entry's `previous` links the free list. */
  private entryValue: Int32Array;
  private previous: Int32Array;
  private entriesUsed = 0;
  private freeEntry = 0;
  private liveKeys = 0;
  private liveEntries = 0;

  /** `capacity`: keys expected at most (the table is sized to hold them half full; it doubles past them). */
  constructor(capacity = MIN_CAPACITY) {
    const positions = tableSize(capacity);
    this.keys = new Float64Array(positions);
    this.heads = new Int32Array(positions);
    this.mask = positions - 1;
    const entries = Math.max(MIN_CAPACITY, capacity);
    this.entryValue = new Int32Array(entries);
    this.previous = new Int32Array(entries);
  }

  /** Files `value` under `key`, unless it is there already. */
  add(key: number, value: number): void {
    let position = this.find(key);
    if (position < 0) {
      if ((this.liveKeys + 1) * 2 > this.heads.length) this.grow();
      position = this.emptyPosition(key);
      this.keys[position] = key;
      this.liveKeys++;
    } else {
      for (let e = this.heads[position] as number; e !== 0; e = this.previous[e - 1] as number)
        if (this.entryValue[e - 1] === value) return;
    }
    const entry = this.newEntry();
    this.entryValue[entry] = value;
    this.previous[entry] = this.heads[position] as number;
    this.heads[position] = entry + 1;
    this.liveEntries++;
  }

  /** Takes `value` from under `key` (nothing when it is not there); a key left without values leaves the table. */
  remove(key: number, value: number): void {
    const position = this.find(key);
    if (position < 0) return;
    let after = -1;
    for (let e = this.heads[position] as number; e !== 0; e = this.previous[e - 1] as number) {
      const entry = e - 1;
      if (this.entryValue[entry] === value) {
        const before = this.previous[entry] as number;
        if (after >= 0) this.previous[after] = before;
        else if (before !== 0) this.heads[position] = before;
        else this.deleteKeyAt(position);
        this.previous[entry] = this.freeEntry;
        this.freeEntry = entry + 1;
        this.liveEntries--;
        return;
      }
      after = entry;
    }
  }

  /** The values under `key`, in the order they were filed (empty when none). */
  get(key: number): number[] {
    const out: number[] = [];
    const position = this.find(key);
    if (position < 0) return out;
    for (let e = this.heads[position] as number; e !== 0; e = this.previous[e - 1] as number)
      out.push(this.entryValue[e - 1] as number);
    return out.reverse();
  }

  /** Keys holding at least one value. */
  get size(): number {
    return this.liveKeys;
  }

  /** Values filed, over all keys. */
  get entries(): number {
    return this.liveEntries;
  }

  /** Bytes of the typed arrays allocated. */
  get allocatedBytes(): number {
    return this.keys.byteLength + this.heads.byteLength + this.entryValue.byteLength + this.previous.byteLength;
  }

  /** The table position holding `key`, or -1. */
  private find(key: number): number {
    for (let p = hash(key) & this.mask; this.heads[p] !== EMPTY; p = (p + 1) & this.mask)
      if (this.keys[p] === key) return p;
    return -1;
  }

  private emptyPosition(key: number): number {
    let p = hash(key) & this.mask;
    while (this.heads[p] !== EMPTY) p = (p + 1) & this.mask;
    return p;
  }

  /**
   * Empties a position without leaving a tombstone (linear probing's backward shift): every key
   * after it in its run that may sit earlier moves back, so no run is broken and the table never
   * needs rebuilding to shed deleted keys — a cache that keeps forgetting speakers stays its size.
   */
  private deleteKeyAt(position: number): void {
    let hole = position;
    for (let j = (position + 1) & this.mask; this.heads[j] !== EMPTY; j = (j + 1) & this.mask) {
      const home = hash(this.keys[j] as number) & this.mask;
      // the key at j may stay when its home lies cyclically in (hole, j]
      const stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
      if (stays) continue;
      this.keys[hole] = this.keys[j] as number;
      this.heads[hole] = this.heads[j] as number;
      hole = j;
    }
    this.keys[hole] = 0;
    this.heads[hole] = EMPTY;
    this.liveKeys--;
  }

  /** Twice the positions, the keys put back. */
  private grow(): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    this.keys = new Float64Array(oldHeads.length * 2);
    this.heads = new Int32Array(oldHeads.length * 2);
    this.mask = this.heads.length - 1;
    for (let q = 0; q < oldHeads.length; q++) {
      if (oldHeads[q] === EMPTY) continue;
      const key = oldKeys[q] as number;
      const p = this.emptyPosition(key);
      this.keys[p] = key;
      this.heads[p] = oldHeads[q] as number;
    }
  }

  private newEntry(): number {
    if (this.freeEntry !== 0) {
      const entry = this.freeEntry - 1;
      this.freeEntry = this.previous[entry] as number;
      return entry;
    }
    if (this.entriesUsed === this.entryValue.length) {
      const grown = this.entryValue.length * 2;
      this.entryValue = copyInto(new Int32Array(grown), this.entryValue);
      this.previous = copyInto(new Int32Array(grown), this.previous);
    }
    return this.entriesUsed++;
  }
}

/** Positions for `keys` keys at most half full: a power of two. */
function tableSize(keys: number): number {
  let size = MIN_CAPACITY;
  while (size < keys * 2) size *= 2;
  return size;
}

/** A key's two 32-bit halves, mixed (band keys are hashes already; the mix spreads runs of nearby keys). */
function hash(key: number): number {
  return Math.imul((key >>> 0) ^ ((key / 0x100000000) >>> 0), 0x9e3779b1) >>> 0;
}

function copyInto(into: Int32Array, from: Int32Array): Int32Array {
  into.set(from);
  return into;
}
