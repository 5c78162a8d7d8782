/**
 * The exploration steps a snapshot records: the Cypher run, the nodes opened, filters and the time
 * window changed. Pure `stepsFor*` functions compare two states; `recordSteps` wires them to the stores.
 */

import type { Step, TimeWindow } from "../../shared/snapshot/schema.js";
import type { DetailsState } from "../details/store.js";
import type { FilterState } from "../filters/model.js";
import type { GraphState } from "../graph/model.js";
import type { QueryState } from "../query/store.js";
import type { Store } from "../store/create-store.js";

export const MAX_STEPS = 100;

export function stepForQuery(prev: QueryState, next: QueryState): Step | null {
  return next.result && next.result !== prev.result ? { kind: "cypher", detail: next.text } : null;
}

export function stepForDetails(prev: DetailsState, next: DetailsState, graph: GraphState): Step | null {
  const s = next.selection;
  if (!s || s === prev.selection || s.kind === "edge") return null;
  const name = graph.nodes[s.id]?.name ?? s.id;
  return { kind: "open", detail: `Opened ${s.kind} ${name}` };
}

export function stepForGraph(prev: GraphState, next: GraphState): Step | null {
  const before = Object.keys(prev.nodes).length;
  const after = Object.keys(next.nodes).length;
  if (next.hidden.length > prev.hidden.length)
    return { kind: "hide", detail: `Hid ${next.hidden.length - prev.hidden.length} node(s)` };
  if (after > before) return { kind: "expand", detail: `Added ${after - before} node(s) (${after} on the canvas)` };
  if (after < before) return { kind: "other", detail: `Removed ${before - after} node(s) (${after} on the canvas)` };
  return null;
}

export function stepForFilters(prev: FilterState, next: FilterState): Step | null {
  if (prev === next) return null;
  const hidden = [...next.hiddenLabels, ...next.hiddenKinds, ...next.hiddenOutlets];
  return {
    kind: "filter",
    detail: `Filters: ${hidden.length ? `hiding ${hidden.join(", ")}` : "showing all"}; colour by ${next.colourBy}, size by ${next.sizeBy}`,
  };
}

export function stepForWindow(next: TimeWindow | null): Step {
  return { kind: "window", detail: next ? `Time window ${next.from} – ${next.to}` : "All dates" };
}

/** Appends a step, merging runs of the same kind of graph change so the list stays readable. */
export function appendStep(steps: Step[], step: Step | null, now: Date): Step[] {
  if (!step) return steps;
  const last = steps.at(-1);
  const stamped = { ...step, at: now.toISOString() };
  const mergeable = step.kind === "expand" || step.kind === "filter" || step.kind === "window";
  const next = last && mergeable && last.kind === step.kind ? [...steps.slice(0, -1), stamped] : [...steps, stamped];
  return next.slice(-MAX_STEPS);
}

export interface StepSources {
  graph: Store<GraphState>;
  filters: Store<FilterState>;
  details: Store<DetailsState>;
  query: Store<QueryState>;
  timeline: Store<{ window: TimeWindow | null }>;
}

/** Subscribes to the stores and records steps into `steps`; returns the unsubscribe function. */
export function recordSteps(sources: StepSources, steps: Store<Step[]>): () => void {
  const watch = <S>(store: Store<S>, stepFor: (prev: S, next: S) => Step | null) => {
    let prev = store.get();
    return store.subscribe(() => {
      const next = store.get();
      const step = stepFor(prev, next);
      prev = next;
      if (step) steps.set((list) => appendStep(list, step, new Date()));
    });
  };
  const offs = [
    watch(sources.graph, stepForGraph),
    watch(sources.filters, stepForFilters),
    watch(sources.query, stepForQuery),
    watch(sources.details, (p, n) => stepForDetails(p, n, sources.graph.get())),
    watch(sources.timeline, (p, n) => (p.window === n.window ? null : stepForWindow(n.window))),
  ];
  return () => {
    for (const off of offs) off();
  };
}
