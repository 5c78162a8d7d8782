/**
 * Spans of one text, indexed so that "does any stored span overlap / cover this one?" costs
 * O(log n) instead of a scan of every stored span (which made attribution quadratic in the
 * claims of a document). Spans are only ever added, never removed, so the largest value seen at
 * or before each position answers every query here. The positions set so far are kept sorted,
 * each with the largest value at it or before it: memory and work grow with what is stored (a
 * document's claims), not with its text, as a tree over every text offset did. A new position
 * moves the ones after it (a block copy; claims mostly arrive in text order, at the end), and its
 * value raises the maxima after it only up to the first one already as large.
 */
export class PrefixMax {
  /** Sorted, distinct. */
  private readonly positions: number[] = [];
  /** best[i]: the largest value set at positions[0..i]. */
  private readonly best: number[] = [];

  /** Positions set so far. */
  get size(): number {
    return this.positions.length;
  }

  /** Records `value` at `position` (0-based). */
  set(position: number, value: number): void {
    if (!Number.isInteger(position) || position < 0) throw new RangeError(`PrefixMax: bad position ${position}`);
    const { positions, best } = this;
    let i = this.after(position);
    if (i === 0 || positions[i - 1] !== position) {
      positions.splice(i, 0, position);
      best.splice(i, 0, i > 0 ? (best[i - 1] as number) : Number.NEGATIVE_INFINITY);
    } else i--;
    for (; i < best.length && (best[i] as number) < value; i++) best[i] = value;
  }

  /** The largest value recorded at a position ≤ `position`, or -Infinity when there is none. */
  upTo(position: number): number {
    const i = this.after(position);
    return i > 0 ? (this.best[i - 1] as number) : Number.NEGATIVE_INFINITY;
  }

  /** The number of stored positions ≤ `position` (binary search; the last one is checked first). */
  private after(position: number): number {
    const positions = this.positions;
    let hi = positions.length;
    if (hi === 0 || (positions[hi - 1] as number) <= position) return hi;
    let lo = 0;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((positions[mid] as number) <= position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export interface Span {
  start: number;
  end: number;
}

/** Spans keyed by their start, remembering the furthest end reached from each start onwards. */
export class SpanIndex {
  private readonly ends: PrefixMax;

  constructor(spans: Iterable<Span> = []) {
    this.ends = new PrefixMax();
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
