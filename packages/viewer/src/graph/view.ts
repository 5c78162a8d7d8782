/**
 * What the canvas draws, derived from the graph state and the filters: plain objects with the
 * colour, size and classes already decided, for the active view (full graph or who-about-whom).
 */
import type { GraphNode } from "../api/contract.js";
import { type FilterState, kindOf, outletOf, passesFilters } from "../filters/model.js";
import type { GraphState, Position } from "./model.js";
import { colourFor, KIND_COLOURS, TYPE_COLOURS } from "./palette.js";
import { foldClaims } from "./who-about-whom.js";

export interface ViewNode {
  id: string;
  label: string;
  name: string;
  colour: string;
  size: number;
  pinned: boolean;
  position: Position | undefined;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  /** Claims folded into this edge (who-about-whom view). */
  claims: string[];
  width: number;
}

export interface ViewElements {
  nodes: ViewNode[];
  edges: ViewEdge[];
}

const BASE_SIZE: Record<string, number> = { Person: 34, Organization: 34, Claim: 16, Article: 22, Other: 22 };

function colourOf(node: GraphNode, filters: FilterState): string {
  if (filters.colourBy === "kind") {
    const kind = kindOf(node);
    if (kind) return KIND_COLOURS[kind] ?? colourFor(kind);
  }
  if (filters.colourBy === "outlet") {
    const outlet = outletOf(node);
    if (outlet) return colourFor(outlet);
  }
  return TYPE_COLOURS[node.label] ?? (TYPE_COLOURS.Other as string);
}

/** Size grows with the square root of a count, so a hub is visible without swallowing the canvas. */
export function sizeFor(label: string, count: number): number {
  const base = BASE_SIZE[label] ?? 22;
  return Math.round(base + Math.min(60, 7 * Math.sqrt(count)));
}

export function viewElements(state: GraphState, filters: FilterState): ViewElements {
  const visible = new Map<string, GraphNode>();
  const hidden = new Set(state.hidden);
  for (const node of Object.values(state.nodes)) {
    if (!hidden.has(node.id) && passesFilters(node, filters)) visible.set(node.id, node);
  }
  const pinned = new Set(state.pinned);
  const edges = Object.values(state.edges);

  let viewEdges: ViewEdge[];
  let drawn: GraphNode[];
  if (state.view === "who") {
    drawn = [...visible.values()].filter((n) => n.label === "Person" || n.label === "Organization");
    const keep = (claim: GraphNode) => passesFilters(claim, filters) && !hidden.has(claim.id);
    viewEdges = foldClaims(state.nodes, edges, keep)
      .filter((e) => visible.has(e.source) && visible.has(e.target))
      .map((e) => ({ ...e, type: "CLAIMS_ABOUT", width: Math.min(14, 1.5 + 2 * Math.sqrt(e.claims.length)) }));
  } else {
    drawn = [...visible.values()];
    viewEdges = edges
      .filter((e) => visible.has(e.source) && visible.has(e.target))
      .map((e) => ({ id: e.id, source: e.source, target: e.target, type: e.type, claims: [], width: 1.5 }));
  }

  const counts = new Map<string, number>();
  if (filters.sizeBy === "degree") {
    for (const e of viewEdges) {
      counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
      counts.set(e.target, (counts.get(e.target) ?? 0) + 1);
    }
  } else if (filters.sizeBy === "claims") {
    for (const e of edges) {
      if (e.type === "SAID") counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
      if (e.type === "ABOUT") counts.set(e.target, (counts.get(e.target) ?? 0) + 1);
    }
  }

  return {
    nodes: drawn.map((node) => ({
      id: node.id,
      label: node.label,
      name: node.name,
      colour: colourOf(node, filters),
      size: sizeFor(node.label, counts.get(node.id) ?? 0),
      pinned: pinned.has(node.id),
      position: state.positions[node.id],
    })),
    edges: viewEdges,
  };
}
