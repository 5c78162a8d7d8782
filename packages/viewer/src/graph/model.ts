/** The explorer's graph state: plain, serialisable data (elements, positions, pins, view). */
import type { GraphEdge, GraphNode } from "../../shared/api/contract.js";

export type ViewMode = "full" | "who";

export interface Position {
  x: number;
  y: number;
}

/** What undo/redo restores. */
export interface GraphContent {
  nodes: Record<string, GraphNode>;
  edges: Record<string, GraphEdge>;
  hidden: string[];
  pinned: string[];
}

export interface GraphState extends GraphContent {
  positions: Record<string, Position>;
  view: ViewMode;
  /** The node whose neighbourhood is highlighted (the rest dimmed), if any. */
  focus: string | null;
  past: GraphContent[];
  future: GraphContent[];
}

export const HISTORY_LIMIT = 50;

export function emptyGraph(): GraphState {
  return {
    nodes: {},
    edges: {},
    hidden: [],
    pinned: [],
    positions: {},
    view: "full",
    focus: null,
    past: [],
    future: [],
  };
}
