import { describe, expect, it } from "vitest";
import type { Step, TimeWindow } from "../../shared/snapshot/schema.js";
import { smallSnapshot } from "../../test/synthetic-snapshot.js";
import type { DetailsState } from "../details/store.js";
import { defaultFilters } from "../filters/model.js";
import { emptyGraph } from "../graph/model.js";
import type { QueryState } from "../query/store.js";
import { createStore } from "../store/create-store.js";
import { applySnapshot } from "./capture.js";
import {
  appendStep,
  MAX_STEPS,
  recordSteps,
  stepForDetails,
  stepForFilters,
  stepForGraph,
  stepForQuery,
  stepForWindow,
} from "./steps.js";

const graph = applySnapshot(smallSnapshot()).graph;
const query = (text: string, result: unknown): QueryState =>
  ({ text, history: [], running: false, result, error: null }) as unknown as QueryState;
const details = (selection: DetailsState["selection"]): DetailsState => ({
  selection,
  entity: null,
  claim: null,
  status: "loading",
  error: null,
});
const now = new Date("2026-01-01T00:00:00Z");

describe("step functions", () => {
  it("a Cypher run is a step with its text; the same result again is not", () => {
    const result = { rows: [] };
    expect(stepForQuery(query("a", null), query("MATCH (n) RETURN n", result))).toEqual({
      kind: "cypher",
      detail: "MATCH (n) RETURN n",
    });
    expect(stepForQuery(query("a", result), query("a", result))).toBeNull();
  });

  it("opening a node names it; an edge selection is not a step", () => {
    expect(stepForDetails(details(null), details({ kind: "entity", id: "person:ada" }), graph)).toEqual({
      kind: "open",
      detail: "Opened entity Ada Example",
    });
    expect(
      stepForDetails(details(null), details({ kind: "edge", source: "a", target: "b", claims: [] }), graph),
    ).toBeNull();
  });

  it.each([
    ["added nodes", emptyGraph(), graph, { kind: "expand", detail: "Added 6 node(s) (6 on the canvas)" }],
    ["removed nodes", graph, emptyGraph(), { kind: "other", detail: "Removed 6 node(s) (0 on the canvas)" }],
    ["hidden nodes", graph, { ...graph, hidden: ["c1", "c2"] }, { kind: "hide", detail: "Hid 2 node(s)" }],
    ["a position change", graph, { ...graph, positions: {} }, null],
  ])("graph: %s", (_name, prev, next, expected) => {
    expect(stepForGraph(prev, next)).toEqual(expected);
  });

  it("filters and windows describe themselves", () => {
    const f = defaultFilters();
    expect(stepForFilters(f, { ...f, hiddenKinds: ["indirect"], colourBy: "kind" })).toEqual({
      kind: "filter",
      detail: "Filters: hiding indirect; colour by kind, size by claims",
    });
    expect(stepForFilters(f, f)).toBeNull();
    expect(stepForWindow({ from: "2017-05-01", to: "2017-05-31" }).detail).toBe("Time window 2017-05-01 – 2017-05-31");
  });
});

describe("appendStep", () => {
  it("stamps the time, merges repeated expansions and keeps the latest MAX_STEPS", () => {
    let steps: Step[] = [];
    steps = appendStep(steps, { kind: "expand", detail: "Added 1" }, now);
    steps = appendStep(steps, { kind: "expand", detail: "Added 2" }, now);
    steps = appendStep(steps, { kind: "cypher", detail: "RETURN 1" }, now);
    steps = appendStep(steps, null, now);
    expect(steps).toEqual([
      { kind: "expand", detail: "Added 2", at: "2026-01-01T00:00:00.000Z" },
      { kind: "cypher", detail: "RETURN 1", at: "2026-01-01T00:00:00.000Z" },
    ]);
    for (let i = 0; i < MAX_STEPS + 5; i++) steps = appendStep(steps, { kind: "cypher", detail: `q${i}` }, now);
    expect(steps).toHaveLength(MAX_STEPS);
    expect(steps.at(-1)?.detail).toBe(`q${MAX_STEPS + 4}`);
  });
});

describe("recordSteps", () => {
  it("records changes from the stores until unsubscribed", () => {
    const stores = {
      graph: createStore(emptyGraph()),
      filters: createStore(defaultFilters()),
      details: createStore(details(null)),
      query: createStore(query("", null)),
      timeline: createStore<{ window: TimeWindow | null }>({ window: null }),
    };
    const steps = createStore<Step[]>([]);
    const off = recordSteps(stores, steps);
    stores.graph.set(graph);
    stores.timeline.set({ window: { from: "2017-05-01", to: "2017-05-02" } });
    off();
    stores.query.set(query("RETURN 1", { rows: [] }));
    expect(steps.get().map((s) => s.kind)).toEqual(["expand", "window"]);
  });
});
