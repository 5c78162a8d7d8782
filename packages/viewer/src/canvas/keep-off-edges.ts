/** Applies clearEdges to the canvas: nodes over edges they are not part of are moved off them. */
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";
import { clearEdges } from "./clear-edges.js";

/** Above this many nodes the pass (nodes × edges per round) is skipped: it would cost more than it gives. */
const MAX_NODES = 600;

/**
 * Moves the nodes `movable` allows (never locked ones) off the edges `considered` picks (all by
 * default); true when any moved.
 */
export function keepOffEdges(
  cy: Core,
  movable: (node: NodeSingular) => boolean = () => true,
  considered: (edge: EdgeSingular) => boolean = () => true,
): boolean {
  const chosen: EdgeSingular[] = [];
  cy.edges().forEach((e) => {
    if (considered(e)) chosen.push(e);
  });
  if (cy.nodes().length > MAX_NODES || chosen.length === 0) return false;
  const nodes = cy.nodes().map((n) => ({
    id: n.id(),
    ...n.position(),
    radius: Math.max(n.width(), n.height()) / 2,
    movable: !n.locked() && movable(n),
  }));
  const edges = chosen.map((e) => ({ source: e.source().id(), target: e.target().id() }));
  const moved = clearEdges(nodes, edges);
  const ids = Object.keys(moved);
  if (ids.length === 0) return false;
  cy.batch(() => {
    for (const id of ids) cy.getElementById(id).position(moved[id] as { x: number; y: number });
  });
  return true;
}
