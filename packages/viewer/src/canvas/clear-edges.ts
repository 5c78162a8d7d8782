/**
 * Moves nodes off edges they do not belong to: a node drawn over an edge reads as if the edge
 * passed through it (who → whom edges are long straight lines between people, so this happens
 * whenever the view switches). Each round pushes such a node away from the edge, perpendicular to
 * it, until it clears the edge by `margin`; nodes that may not move (pinned, placed by the user)
 * stay. Pure: positions in, positions out.
 */
export interface ClearNode {
  id: string;
  x: number;
  y: number;
  /** Half the node's drawn size. */
  radius: number;
  movable: boolean;
}

export interface ClearEdge {
  source: string;
  target: string;
}

export interface Overlap {
  node: string;
  edge: ClearEdge;
  distance: number;
}

/** Distance from p to the segment a–b, and the closest point on it. */
export function toSegment(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  const closest = { x: a.x + t * dx, y: a.y + t * dy };
  return { distance: Math.hypot(p.x - closest.x, p.y - closest.y), closest, t };
}

/** Every node lying over (within radius + margin of) an edge it is not an end of. */
export function overlaps(nodes: ClearNode[], edges: ClearEdge[], margin = 0): Overlap[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const found: Overlap[] = [];
  for (const edge of edges) {
    const a = byId.get(edge.source);
    const b = byId.get(edge.target);
    if (!a || !b || a === b) continue;
    for (const node of nodes) {
      if (node === a || node === b) continue;
      const { distance, t } = toSegment(node, a, b);
      if (t > 0 && t < 1 && distance < node.radius + margin) found.push({ node: node.id, edge, distance });
    }
  }
  return found;
}

/** New positions for the movable nodes that lay over an edge (empty when none had to move). */
export function clearEdges(
  nodes: ClearNode[],
  edges: ClearEdge[],
  options: { margin?: number; rounds?: number } = {},
): Record<string, { x: number; y: number }> {
  const margin = options.margin ?? 12;
  const moved: Record<string, { x: number; y: number }> = {};
  const current = nodes.map((n) => ({ ...n }));
  const byId = new Map(current.map((n) => [n.id, n]));
  for (let round = 0; round < (options.rounds ?? 8); round++) {
    let any = false;
    for (const edge of edges) {
      const a = byId.get(edge.source);
      const b = byId.get(edge.target);
      if (!a || !b || a === b) continue;
      for (const node of current) {
        if (node === a || node === b || !node.movable) continue;
        const { distance, closest, t } = toSegment(node, a, b);
        const need = node.radius + margin;
        if (t <= 0 || t >= 1 || distance >= need) continue;
        // Push perpendicular to the edge, on the side the node already leans to (a fixed side when on the line).
        let nx = node.x - closest.x;
        let ny = node.y - closest.y;
        if (distance < 1e-6) {
          const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
          nx = -(b.y - a.y) / length;
          ny = (b.x - a.x) / length;
        } else {
          nx /= distance;
          ny /= distance;
        }
        node.x = closest.x + nx * (need + 0.5);
        node.y = closest.y + ny * (need + 0.5);
        moved[node.id] = { x: node.x, y: node.y };
        any = true;
      }
    }
    if (!any) break;
  }
  return moved;
}
