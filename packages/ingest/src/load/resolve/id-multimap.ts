import { Int32Column } from "./int-column.js";
import { StringPool } from "./string-pool.js";

const NONE: readonly number[] = [];

/**
 * Keys to the ids filed under them, for the entity index's millions of names, aliases, surnames
 * and first names without a JS object per entry: keys are interned in the map's own `StringPool`,
 * ids in a pool the caller may share between maps (the entity index shares one for all its maps
 * and its people), and each key's ids are a list threaded through two number columns (an entry's
 * id and the entry before it), newest first from the key's newest entry (a third column, by key),
 * and read back in reverse: no tail column per key, 4 bytes a key saved. An id is held once
 * per key (`add` walks the key's list; `addNew` skips that walk for callers that never file an id
 * twice, such as a full name's surname filed when the person is first seen — a common surname's
 * list is long); ids come back in the order they were first added.
 */
export class IdMultiMap {
  /** By key handle: its newest entry + 1 (0: none). */
  private readonly newest = new Int32Column();
  /** By entry: the id's handle in `ids`, and the entry filed before it under the same key + 1 (0: the first). */
  private readonly entryId = new Int32Column();
  private readonly previous = new Int32Column();
  private entries = 0;

  /** `keys` may be `ids` itself when most keys are strings of ids (the entity index's names). */
  constructor(
    readonly ids: StringPool = new StringPool(),
    private readonly keys: StringPool = new StringPool(),
  ) {}

  add(key: string, id: string): void {
    this.addHandle(key, this.ids.intern(id));
  }

  /** Files an id by its handle in the id pool, unless the key holds it already. */
  addHandle(key: string, id: number): void {
    const k = this.keys.intern(key);
    for (let e = this.newest.get(k); e !== 0; e = this.previous.get(e - 1)) if (this.entryId.get(e - 1) === id) return;
    this.append(k, id);
  }

  /** Files an id the caller knows the key does not hold yet (no walk through the key's list). */
  addNew(key: string, id: number): void {
    this.append(this.keys.intern(key), id);
  }

  private append(k: number, id: number): void {
    const entry = this.entries++;
    this.entryId.set(entry, id);
    const before = this.newest.get(k);
    if (before !== 0) this.previous.set(entry, before);
    this.newest.set(k, entry + 1);
  }

  /** The ids under `key`, in the order they were added (empty when none). */
  get(key: string): string[] {
    return this.handles(key).map((h) => this.ids.text(h));
  }

  /** The handles (in the id pool) of the ids under `key`, in the order they were added. */
  handles(key: string): readonly number[] {
    const k = this.keys.find(key);
    if (k < 0) return NONE;
    const out: number[] = [];
    for (let e = this.newest.get(k); e !== 0; e = this.previous.get(e - 1)) out.push(this.entryId.get(e - 1));
    return out.reverse();
  }
}
