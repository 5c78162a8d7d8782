import { type CorrectionRecord, correctionReason, scopedId, splitScopedId } from "@claimgraph/schema";

/** Where a correction sends one article's entity, and why (for MENTIONED_IN). */
export interface Redirect {
  id: string;
  /** The correction that decided it (the last one, when several apply in a chain). */
  correction: string;
  how: string;
  /** The node's name when the correction creates it (a split-off mention) or its target is not in the graph yet. */
  name: string;
}

const MAX_CHAIN = 16;

/**
 * The analyst corrections in force, as the loader's resolution consults them (pure). After the
 * index resolved an article's entity to an id, `redirect` follows the corrections: a split sends
 * the node's mention in that article (by source key) to a node of its own in the article, a merge
 * or confirm sends a node (or an article-scoped node of that article) to its target; chains are
 * followed, cycles stop. `rejected` names the full names a kept short form must not join.
 * Undone corrections are left out.
 */
export class CorrectionBook {
  private readonly merges = new Map<string, CorrectionRecord>();
  private readonly scopedMerges = new Map<string, CorrectionRecord>();
  private readonly splits = new Map<string, CorrectionRecord>();
  private readonly rejects = new Map<string, Set<string>>();
  readonly size: number;

  constructor(records: Iterable<CorrectionRecord> = []) {
    let size = 0;
    // Oldest first, so a later correction of the same node wins.
    for (const c of records) {
      if (c.undoneAt !== null) continue;
      size++;
      if (c.kind === "split" && c.sourceKey !== null) this.splits.set(`${c.entity}|${c.sourceKey}`, c);
      else if ((c.kind === "merge" || c.kind === "confirm") && c.target !== null) {
        if (c.sourceKey === null) this.merges.set(c.entity, c);
        else this.scopedMerges.set(`${c.entity}|${c.sourceKey}`, c);
      } else if (c.kind === "reject" && c.target !== null && c.sourceKey !== null) {
        const key = `${c.entity}|${c.sourceKey}`;
        const set = this.rejects.get(key) ?? new Set<string>();
        set.add(c.target);
        this.rejects.set(key, set);
      }
    }
    this.size = size;
  }

  /** Where the entity resolved to `id` in the article `article` (under `sourceKey`) goes; undefined when nowhere else. */
  redirect(id: string, sourceKey: string, article: string, name: string): Redirect | undefined {
    if (this.size === 0) return undefined;
    let current = id;
    let last: Redirect | undefined;
    const seen = new Set([current]);
    for (let step = 0; step < MAX_CHAIN; step++) {
      const { base, article: scope } = splitScopedId(current);
      const c =
        scope !== undefined
          ? this.scopedMerges.get(`${base}|${sourceKey}`)
          : (this.splits.get(`${current}|${sourceKey}`) ?? this.merges.get(current));
      if (!c) break;
      const next = c.kind === "split" ? scopedId(current, article) : (c.target as string);
      if (seen.has(next)) break;
      seen.add(next);
      current = next;
      last = {
        id: next,
        correction: c.id,
        how: correctionReason(c),
        name: c.kind === "split" ? name : (c.targetName ?? name),
      };
    }
    return last;
  }

  /** Full names the short form `base` (its unscoped id, e.g. `person:obama`) of the article under `sourceKey` must not join. */
  rejected(base: string, sourceKey: string): ReadonlySet<string> {
    return this.rejects.get(`${base}|${sourceKey}`) ?? EMPTY;
  }
}

const EMPTY: ReadonlySet<string> = new Set();
