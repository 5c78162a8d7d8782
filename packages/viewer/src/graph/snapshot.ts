/**
 * The explorer's state as one JSON value (elements with data, positions, viewport, view, filters,
 * styling, renderer), and back. What sharing (snapshots, permalinks, exports) builds on.
 */
import {
  type ExplorerSnapshot,
  explorerSnapshotSchema,
  type Renderer,
  type Viewport,
} from "../../shared/snapshot/explorer-state.js";
import { SNAPSHOT_VERSION } from "../../shared/snapshot/version.js";
import type { FilterState } from "../filters/model.js";
import { emptyGraph, type GraphState } from "./model.js";

export function toSnapshot(
  graph: GraphState,
  filters: FilterState,
  viewport: Viewport,
  renderer: Renderer,
  path: readonly string[] = [],
): ExplorerSnapshot {
  return {
    version: SNAPSHOT_VERSION,
    nodes: Object.values(graph.nodes),
    edges: Object.values(graph.edges),
    positions: graph.positions,
    hidden: graph.hidden,
    pinned: graph.pinned,
    view: graph.view,
    focus: graph.focus,
    viewport,
    filters,
    renderer,
    path: path.filter((id) => graph.nodes[id] || graph.edges[id]),
  };
}

export interface ExplorerState {
  graph: GraphState;
  filters: FilterState;
  viewport: Viewport;
  renderer: Renderer;
  /** The marked shortest path's node and edge ids (those still in the graph). */
  path: string[];
}

/** Validates a snapshot (from a file, a link, a server) and returns the state it describes. */
export function fromSnapshot(value: unknown): ({ ok: true } & ExplorerState) | { ok: false; error: string } {
  const parsed = explorerSnapshotSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `Not a claimgraph snapshot: ${issue?.path.join(".") || "value"}: ${issue?.message}` };
  }
  return { ok: true, ...stateOf(parsed.data) };
}

/** The state an already validated explorer snapshot describes (no second validation). */
export function stateOf(s: ExplorerSnapshot): ExplorerState {
  const nodes = Object.fromEntries(s.nodes.map((n) => [n.id, n]));
  const edges = Object.fromEntries(s.edges.filter((e) => nodes[e.source] && nodes[e.target]).map((e) => [e.id, e]));
  const known = (ids: string[]) => ids.filter((id) => nodes[id]);
  return {
    graph: {
      ...emptyGraph(),
      nodes,
      edges,
      positions: s.positions,
      hidden: known(s.hidden),
      pinned: known(s.pinned),
      view: s.view,
      focus: s.focus && nodes[s.focus] ? s.focus : null,
    },
    filters: s.filters,
    viewport: s.viewport,
    renderer: s.renderer,
    path: s.path.filter((id) => nodes[id] || edges[id]),
  };
}
