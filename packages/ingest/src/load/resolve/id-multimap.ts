/** An id list grows into a Set past this many ids (keeps `add` from scanning a long list). */
const LIST_LIMIT = 16;

const NONE: readonly string[] = [];

/**
 * Keys to the ids filed under them, compact for the common case: nearly every key of the entity
 * index (a name, an alias, a surname) names one entity, and a `Set` for that one id costs ~150
 * bytes of heap, most of the index at a million entities. A key holds its id itself, a short list
 * from the second id on, and a `Set` only past `LIST_LIMIT` ids (a common surname or first name).
 * An id is held once per key; ids come back in the order they were first added, as a Set gives them.
 */
export class IdMultiMap {
  private readonly map = new Map<string, string | string[] | Set<string>>();

  add(key: string, id: string): void {
    const held = this.map.get(key);
    if (held === undefined) this.map.set(key, id);
    else if (typeof held === "string") {
      if (held !== id) this.map.set(key, [held, id]);
    } else if (Array.isArray(held)) {
      if (held.includes(id)) return;
      if (held.length < LIST_LIMIT) held.push(id);
      else this.map.set(key, new Set([...held, id]));
    } else held.add(id);
  }

  /** The ids under `key`, in the order they were added (empty when none). */
  get(key: string): Iterable<string> {
    const held = this.map.get(key);
    if (held === undefined) return NONE;
    return typeof held === "string" ? [held] : held;
  }
}
