/**
 * One-to-one matching between predicted items (left) and gold items (right): a maximum
 * bipartite matching by augmenting paths (Kuhn's algorithm). Each left item lists the right
 * items it may match, best first; the search tries them in that order, so among matchings of
 * maximum size it leans towards the preferred pairs (it is not a maximum-weight matching).
 * Sizes here are a document's claims or entities, so O(V·E) is plenty.
 */
export function maximumMatching(candidates: readonly (readonly number[])[], rightCount: number): Map<number, number> {
  const rightToLeft = new Array<number>(rightCount).fill(-1);

  const augment = (left: number, seen: boolean[]): boolean => {
    for (const right of candidates[left] ?? []) {
      if (seen[right]) continue;
      seen[right] = true;
      const owner = rightToLeft[right] ?? -1;
      if (owner === -1 || augment(owner, seen)) {
        rightToLeft[right] = left;
        return true;
      }
    }
    return false;
  };

  for (let left = 0; left < candidates.length; left++) {
    augment(left, new Array<boolean>(rightCount).fill(false));
  }

  const leftToRight = new Map<number, number>();
  rightToLeft.forEach((left, right) => {
    if (left !== -1) leftToRight.set(left, right);
  });
  return leftToRight;
}
