/** The explorer's state + sharing metadata → a snapshot document, and back. Pure. */

import type { Renderer, Viewport } from "../../shared/snapshot/explorer-state.js";
import type { DataSource, Snapshot, Step, TimeWindow } from "../../shared/snapshot/schema.js";
import { SNAPSHOT_KIND, SNAPSHOT_VERSION } from "../../shared/snapshot/version.js";
import type { FilterState } from "../filters/model.js";
import type { GraphState } from "../graph/model.js";
import { stateOf, toSnapshot } from "../graph/snapshot.js";

export interface CaptureInput {
  graph: GraphState;
  filters: FilterState;
  viewport: Viewport;
  renderer: Renderer;
  /** The marked shortest path's ids (none when omitted). */
  path?: readonly string[];
  timeWindow: TimeWindow | null;
  steps: Step[];
  title: string;
  notes?: string;
  source: DataSource;
  now: Date;
}

export function captureSnapshot(input: CaptureInput): Snapshot {
  const state = toSnapshot(input.graph, input.filters, input.viewport, input.renderer, input.path);
  const ids = new Set(state.nodes.map((n) => n.id));
  return {
    kind: SNAPSHOT_KIND,
    version: SNAPSHOT_VERSION,
    title: input.title.trim() || "Untitled snapshot",
    notes: input.notes ?? "",
    createdAt: input.now.toISOString(),
    source: input.source,
    state: {
      ...state,
      // Only what is on the canvas: positions of nodes since removed are not part of the picture.
      positions: Object.fromEntries(Object.entries(state.positions).filter(([id]) => ids.has(id))),
      edges: state.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    },
    timeWindow: input.timeWindow,
    steps: input.steps,
  };
}

export interface AppliedSnapshot {
  graph: GraphState;
  filters: FilterState;
  viewport: Viewport;
  renderer: Renderer;
  path: string[];
  timeWindow: TimeWindow | null;
}

/** The state that shows exactly what the snapshot's author saw (undo history starts empty). */
export function applySnapshot(snapshot: Snapshot): AppliedSnapshot {
  // The document was validated on its way in (restore.ts or the API contract): not again here.
  const state = stateOf(snapshot.state);
  return {
    graph: state.graph,
    filters: state.filters,
    viewport: state.viewport,
    renderer: state.renderer,
    path: state.path,
    timeWindow: snapshot.timeWindow,
  };
}
