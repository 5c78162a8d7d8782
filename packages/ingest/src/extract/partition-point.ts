/**
 * Binary search: the first index in [0, length) at which `before` stops holding, for a list whose
 * items satisfy it up to some index and fail it from there on (sorted by position, asked "does item
 * i come before the offset?"); `length` when it always holds.
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
