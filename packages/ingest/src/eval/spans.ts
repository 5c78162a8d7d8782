import type { Span } from "@claimgraph/schema";

/** Span arithmetic for claim matching. Spans are [start, end) in UTF-16 code units. */

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Two claim spans match when they overlap by at least half of the shorter one (and by at least
 * one character, so that empty spans never match anything).
 */
export function spansMatch(a: Span, b: Span): boolean {
  const shared = overlap(a, b);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return shared > 0 && shared >= shorter / 2;
}

/** Merges overlapping or touching spans into a sorted list of disjoint ones. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/**
 * A predicted claim is "inside" the ignored spans (bylines, boilerplate) when at least half of
 * it lies in them; an empty span counts when its position does.
 */
export function isInside(span: Span, ignored: readonly Span[]): boolean {
  if (ignored.length === 0) return false;
  const length = span.end - span.start;
  if (length === 0) return ignored.some((s) => s.start <= span.start && span.start < s.end);
  const covered = mergeSpans(ignored).reduce((sum, s) => sum + overlap(span, s), 0);
  return covered >= length / 2;
}
