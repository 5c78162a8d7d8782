/**
 * The explorer's state as one JSON value (elements with data, positions, viewport, view, filters,
 * styling, renderer), and back. What sharing (snapshots, permalinks, exports) builds on.
 */
import { z } from "zod";
import { graphEdgeSchema, graphNodeSchema } from "../api/contract.js";
import type { FilterState } from "../filters/model.js";
import { emptyGraph, type GraphState } from "./model.js";

export const SNAPSHOT_VERSION = 1;

const position = z.object({ x: z.number(), y: z.number() });

export const explorerSnapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
  positions: z.record(z.string(), position),
  hidden: z.array(z.string()),
  pinned: z.array(z.string()),
  view: z.enum(["full", "who"]),
  focus: z.string().nullable(),
  viewport: z.object({ zoom: z.number().positive(), pan: position }).nullable(),
  filters: z.object({
    hiddenLabels: z.array(z.string()),
    hiddenKinds: z.array(z.string()),
    hiddenOutlets: z.array(z.string()),
    colourBy: z.enum(["type", "kind", "outlet"]),
    sizeBy: z.enum(["none", "claims", "degree"]),
  }),
  renderer: z.enum(["canvas", "webgl"]),
});
export type ExplorerSnapshot = z.infer<typeof explorerSnapshotSchema>;

export type Viewport = ExplorerSnapshot["viewport"];
export type Renderer = ExplorerSnapshot["renderer"];

export function toSnapshot(
  graph: GraphState,
  filters: FilterState,
  viewport: Viewport,
  renderer: Renderer,
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
  };
}

/** Validates a snapshot (from a file, a link, a server) and returns the state it describes. */
export function fromSnapshot(
  value: unknown,
):
  | { ok: true; graph: GraphState; filters: FilterState; viewport: Viewport; renderer: Renderer }
  | { ok: false; error: string } {
  const parsed = explorerSnapshotSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `Not a claimgraph snapshot: ${issue?.path.join(".") || "value"}: ${issue?.message}` };
  }
  const s = parsed.data;
  const nodes = Object.fromEntries(s.nodes.map((n) => [n.id, n]));
  const edges = Object.fromEntries(s.edges.filter((e) => nodes[e.source] && nodes[e.target]).map((e) => [e.id, e]));
  const known = (ids: string[]) => ids.filter((id) => nodes[id]);
  return {
    ok: true,
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
  };
}
