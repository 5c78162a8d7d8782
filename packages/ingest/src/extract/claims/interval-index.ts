/**
 * Spans of one text, indexed so that "does any stored span overlap / cover this one?" costs
 * O(log n) instead of a scan of every stored span (which made attribution quadratic in the
 * claims of a document). Spans are only ever added, never removed, so a Fenwick tree over text
 * offsets that keeps the largest value seen at or before each offset answers every query here.
 */
export class PrefixMax {
  private tree: Float64Array;

  constructor(size: number) {
    this.tree = new Float64Array(Math.max(1, size) + 1).fill(Number.NEGATIVE_INFINITY);
  }

  get size(): number {
    return this.tree.length - 1;
  }

  /** Records `value` at `position` (0-based); grows when the position lies beyond the size. */
  set(position: number, value: number): void {
    if (!Number.isInteger(position) || position < 0) throw new RangeError(`PrefixMax: bad position ${position}`);
    if (position >= this.size) this.grow(position + 1);
    const tree = this.tree;
    for (let i = position + 1; i < tree.length; i += i & -i) if ((tree[i] as number) < value) tree[i] = value;
  }

  /** The largest value recorded at a position ≤ `position`, or -Infinity when there is none. */
  upTo(position: number): number {
    let best = Number.NEGATIVE_INFINITY;
    const tree = this.tree;
    for (let i = Math.min(Math.floor(position), this.size - 1) + 1; i > 0; i -= i & -i)
      if ((tree[i] as number) > best) best = tree[i] as number;
    return best;
  }

  private grow(size: number): void {
    // rebuild from the point values each node covers: a node's own range is (i - lowbit(i), i]
    const old = this.tree;
    const values = new Float64Array(old.length).fill(Number.NEGATIVE_INFINITY);
    // the tree only answers prefix maxima; recover each position's max as prefix(i) where it rises
    let running = Number.NEGATIVE_INFINITY;
    for (let p = 0; p < old.length - 1; p++) {
      const prefix = this.upTo(p);
      values[p] = prefix > running ? prefix : Number.NEGATIVE_INFINITY;
      if (prefix > running) running = prefix;
    }
    this.tree = new Float64Array(Math.max(size, 2 * (old.length - 1)) + 1).fill(Number.NEGATIVE_INFINITY);
    for (let p = 0; p < values.length - 1; p++) if (values[p] !== Number.NEGATIVE_INFINITY) this.set(p, values[p] ?? 0);
  }
}

export interface Span {
  start: number;
  end: number;
}

/** Spans keyed by their start, remembering the furthest end reached from each start onwards. */
export class SpanIndex {
  private readonly ends: PrefixMax;

  constructor(size: number, spans: Iterable<Span> = []) {
    this.ends = new PrefixMax(size);
    for (const s of spans) this.add(s);
  }

  add(span: Span): void {
    this.ends.set(span.start, span.end);
  }

  /** Whether a stored span `o` has `o.start < span.end && span.start < o.end`. */
  overlaps(span: Span): boolean {
    return span.end > 0 && this.ends.upTo(span.end - 1) > span.start;
  }

  /** Whether a stored span `o` has `o.start <= start && o.end >= end` (it covers [start, end)). */
  covers(start: number, end: number): boolean {
    return start >= 0 && this.ends.upTo(start) >= end;
  }
}
