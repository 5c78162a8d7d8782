import { describe, expect, it } from "vitest";
import { defaultFilters } from "../filters/model.js";
import { emptyGraph } from "./model.js";
import { addGraph, hideNodes, setPositions, setView, togglePin } from "./reducers.js";
import { fromSnapshot, toSnapshot } from "./snapshot.js";

describe("explorer snapshot", () => {
  it("round-trips through JSON", () => {
    let g = addGraph(emptyGraph(), {
      nodes: [
        { id: "a", label: "Person", labels: ["Person"], name: "A", props: {} },
        { id: "b", label: "Person", labels: ["Person"], name: "B", props: {} },
      ],
      edges: [{ id: "e", source: "a", target: "b", type: "AFFILIATED_WITH", props: { role: "x" } }],
    });
    g = setView(setPositions(togglePin(hideNodes(g, ["b"]), "a"), { a: { x: 1, y: 2 } }), "who");
    const filters = { ...defaultFilters(), hiddenKinds: ["mixed"] };
    const json = JSON.parse(JSON.stringify(toSnapshot(g, filters, { zoom: 2, pan: { x: 5, y: 6 } }, "webgl")));
    const back = fromSnapshot(json);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.graph).toMatchObject({ hidden: ["b"], pinned: ["a"], view: "who", positions: { a: { x: 1, y: 2 } } });
    expect(Object.keys(back.graph.edges)).toEqual(["e"]);
    expect(back.filters.hiddenKinds).toEqual(["mixed"]);
    expect(back.viewport).toEqual({ zoom: 2, pan: { x: 5, y: 6 } });
    expect(back.renderer).toBe("webgl");
  });

  it("keeps the marked path and the per-type styles; an older snapshot without them reads as none", () => {
    const g = addGraph(emptyGraph(), {
      nodes: [
        { id: "a", label: "Person", labels: ["Person"], name: "A", props: {} },
        { id: "b", label: "Person", labels: ["Person"], name: "B", props: {} },
      ],
      edges: [{ id: "e", source: "a", target: "b", type: "AFFILIATED_WITH", props: {} }],
    });
    const filters = { ...defaultFilters(), labelStyles: { Person: { colour: "#112233", caption: "role" } } };
    const state = toSnapshot(g, filters, null, "canvas", ["a", "e", "b", "gone"]);
    expect(state.path).toEqual(["a", "e", "b"]);
    const back = fromSnapshot(JSON.parse(JSON.stringify(state)));
    expect(back.ok && back.path).toEqual(["a", "e", "b"]);
    expect(back.ok && back.filters.labelStyles).toEqual({ Person: { colour: "#112233", caption: "role" } });

    const { path: _path, ...older } = JSON.parse(JSON.stringify(state));
    const { labelStyles: _styles, ...olderFilters } = older.filters;
    const old = fromSnapshot({ ...older, filters: olderFilters });
    expect(old.ok && old.path).toEqual([]);
    expect(old.ok && old.filters.labelStyles).toEqual({});
  });

  it.each([
    [
      "a colour that is no colour",
      (s: Record<string, unknown>) => ({
        ...s,
        filters: { ...(s.filters as object), labelStyles: { Person: { colour: "red;" } } },
      }),
    ],
    ["a path that is no list of ids", (s: Record<string, unknown>) => ({ ...s, path: "a" })],
  ])("refuses %s", (_what, spoil) => {
    const state = JSON.parse(JSON.stringify(toSnapshot(emptyGraph(), defaultFilters(), null, "canvas")));
    expect(fromSnapshot(spoil(state)).ok).toBe(false);
  });

  it.each([
    ["not an object", 42],
    ["wrong version", { version: 99 }],
    ["missing nodes", { ...toSnapshot(emptyGraph(), defaultFilters(), null, "canvas"), nodes: undefined }],
  ])("rejects %s with a message", (_name, value) => {
    const back = fromSnapshot(value);
    expect(back.ok).toBe(false);
    expect(back.ok ? "" : back.error).toMatch(/^Not a claimgraph snapshot/);
  });
});
