/** Pure state transitions of the graph store. Each returns a new state (or the same one when nothing changes). */
import { edgeId, type GraphEdge, type GraphPayload } from "../../shared/api/contract.js";
import { type GraphContent, type GraphState, HISTORY_LIMIT, type Position, type ViewMode } from "./model.js";

function content(state: GraphState): GraphContent {
  return { nodes: state.nodes, edges: state.edges, hidden: state.hidden, pinned: state.pinned };
}

/** Applies a change to the content and records the previous content for undo. */
function commit(state: GraphState, next: GraphContent): GraphState {
  return { ...state, ...next, past: [...state.past, content(state)].slice(-HISTORY_LIMIT), future: [] };
}

/** Adds nodes and edges (existing ones are updated, never duplicated); shows hidden ones again. */
export function addGraph(state: GraphState, payload: GraphPayload): GraphState {
  const nodes = { ...state.nodes };
  const edges = { ...state.edges };
  let changed = false;
  for (const node of payload.nodes) {
    const old = nodes[node.id];
    if (!old) changed = true;
    nodes[node.id] = old ? { ...old, ...node, props: { ...old.props, ...node.props } } : node;
  }
  for (const edge of payload.edges) {
    if (!nodes[edge.source] || !nodes[edge.target]) continue;
    if (!edges[edge.id]) changed = true;
    edges[edge.id] = edge;
  }
  const incoming = new Set(payload.nodes.map((n) => n.id));
  const hidden = state.hidden.filter((id) => !incoming.has(id));
  if (!changed && hidden.length === state.hidden.length) return { ...state, nodes, edges };
  return commit(state, { nodes, edges, hidden, pinned: state.pinned });
}

function sameElements(a: GraphContent, b: GraphContent): boolean {
  const same = (x: Record<string, unknown>, y: Record<string, unknown>) => {
    const keys = Object.keys(x);
    return keys.length === Object.keys(y).length && keys.every((k) => k in y);
  };
  return same(a.nodes, b.nodes) && same(a.edges, b.edges);
}

/** Replaces everything (a new overview or a query result shown alone). */
export function replaceGraph(state: GraphState, payload: GraphPayload): GraphState {
  const fresh = addGraph({ ...state, nodes: {}, edges: {}, hidden: [], pinned: [] }, payload);
  // The first picture on an empty canvas is where history starts, not a step: undoing it only
  // emptied the canvas (and undo was enabled on a page that had done nothing yet).
  if (Object.keys(state.nodes).length === 0 && state.past.length === 0) {
    return { ...state, ...content(fresh), future: [], positions: {}, focus: null };
  }
  // The same picture again (the overview reloaded with nothing new) is not a step either.
  if (sameElements(state, fresh) && state.hidden.length === 0 && state.pinned.length === 0) {
    return { ...state, nodes: fresh.nodes, edges: fresh.edges };
  }
  return { ...commit(state, content(fresh)), positions: {}, focus: null };
}

export function hideNodes(state: GraphState, ids: string[]): GraphState {
  const add = ids.filter((id) => state.nodes[id] && !state.hidden.includes(id));
  if (add.length === 0) return state;
  const focus = state.focus && add.includes(state.focus) ? null : state.focus;
  return { ...commit(state, { ...content(state), hidden: [...state.hidden, ...add] }), focus };
}

export function showAll(state: GraphState): GraphState {
  if (state.hidden.length === 0) return state;
  return commit(state, { ...content(state), hidden: [] });
}

/** Removes nodes (and their edges) from the canvas entirely. */
export function removeNodes(state: GraphState, ids: string[]): GraphState {
  const drop = new Set(ids.filter((id) => state.nodes[id]));
  if (drop.size === 0) return state;
  const nodes = Object.fromEntries(Object.entries(state.nodes).filter(([id]) => !drop.has(id)));
  const edges = Object.fromEntries(
    Object.entries(state.edges).filter(([, e]) => !drop.has(e.source) && !drop.has(e.target)),
  );
  return commit(state, {
    nodes,
    edges,
    hidden: state.hidden.filter((id) => !drop.has(id)),
    pinned: state.pinned.filter((id) => !drop.has(id)),
  });
}

export function togglePin(state: GraphState, id: string): GraphState {
  if (!state.nodes[id]) return state;
  const pinned = state.pinned.includes(id) ? state.pinned.filter((p) => p !== id) : [...state.pinned, id];
  return commit(state, { ...content(state), pinned });
}

export function undo(state: GraphState): GraphState {
  const previous = state.past.at(-1);
  if (!previous) return state;
  return { ...state, ...previous, past: state.past.slice(0, -1), future: [content(state), ...state.future] };
}

export function redo(state: GraphState): GraphState {
  const next = state.future[0];
  if (!next) return state;
  return { ...state, ...next, past: [...state.past, content(state)], future: state.future.slice(1) };
}

export function setView(state: GraphState, view: ViewMode): GraphState {
  return state.view === view ? state : { ...state, view };
}

export function setFocus(state: GraphState, focus: string | null): GraphState {
  return state.focus === focus ? state : { ...state, focus };
}

/** Positions reported by the canvas (after a layout or a drag): not an undoable change. */
export function setPositions(state: GraphState, positions: Record<string, Position>): GraphState {
  return { ...state, positions: { ...state.positions, ...positions } };
}

/** Adds properties to nodes already on the canvas (where a claim stands, say): not an undoable change. */
export function mergeNodeProps(state: GraphState, props: Record<string, Record<string, unknown>>): GraphState {
  let nodes: GraphState["nodes"] | null = null;
  for (const [id, extra] of Object.entries(props)) {
    const node = state.nodes[id];
    if (!node) continue;
    nodes ??= { ...state.nodes };
    nodes[id] = { ...node, props: { ...node.props, ...extra } };
  }
  return nodes ? { ...state, nodes } : state;
}

/**
 * A node on the canvas has another id now: the server answered a former id (from a snapshot or a
 * link made before the node was re-keyed or merged) for the node's current one. The node, its edges
 * (named again, as the server names them), its position, pin, hidden state and the focus take the
 * current id, in the undo history too, so that the node's next answers land on it rather than beside
 * it. When the current node is on the canvas already, the two become one (its own data kept). Not
 * an undoable step: the graph shows the same thing.
 */
export function renameNode(state: GraphState, from: string, to: string): GraphState {
  if (from === to) return state;
  const has = (c: GraphContent) => c.nodes[from] !== undefined;
  if (!has(state) && !state.past.some(has) && !state.future.some(has)) return state;
  const rename = (id: string) => (id === from ? to : id);
  const renamed = (c: GraphContent): GraphContent => {
    const old = c.nodes[from];
    if (!old) return c;
    const nodes = { ...c.nodes };
    delete nodes[from];
    nodes[to] ??= { ...old, id: to, props: old.props.id === from ? { ...old.props, id: to } : old.props };
    const edges: Record<string, GraphEdge> = {};
    for (const [id, edge] of Object.entries(c.edges)) {
      if (edge.source !== from && edge.target !== from) {
        edges[id] ??= edge;
        continue;
      }
      const source = rename(edge.source);
      const target = rename(edge.target);
      const next = edgeId(edge.type, source, target, edge.props);
      edges[next] ??= { ...edge, id: next, source, target };
    }
    const unique = (ids: string[]) => [...new Set(ids.map(rename))];
    return { nodes, edges, hidden: unique(c.hidden), pinned: unique(c.pinned) };
  };
  const positions = { ...state.positions };
  const at = positions[from];
  delete positions[from];
  if (at && !positions[to]) positions[to] = at;
  return {
    ...state,
    ...renamed(content(state)),
    positions,
    focus: state.focus === null ? null : rename(state.focus),
    past: state.past.map(renamed),
    future: state.future.map(renamed),
  };
}
