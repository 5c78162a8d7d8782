import { describe, expect, it } from "vitest";
import { type ClearNode, clearEdges, overlaps } from "./clear-edges.js";

const node = (id: string, x: number, y: number, movable = true): ClearNode => ({ id, x, y, radius: 17, movable });

describe("clearEdges", () => {
  it("moves a node lying on an edge between two others off it, perpendicular to the edge", () => {
    const nodes = [node("a", 0, 0), node("b", 300, 0), node("c", 150, 0)];
    const edges = [{ source: "a", target: "b" }];
    expect(overlaps(nodes, edges)).toHaveLength(1);
    const moved = clearEdges(nodes, edges);
    expect(Object.keys(moved)).toEqual(["c"]);
    expect(moved.c?.x).toBeCloseTo(150);
    expect(Math.abs(moved.c?.y ?? 0)).toBeGreaterThanOrEqual(17 + 12);
    const after = nodes.map((n) => ({ ...n, ...(moved[n.id] ?? {}) }));
    expect(overlaps(after, edges)).toEqual([]);
  });

  it("leaves a node that may not move (pinned) where it is", () => {
    const nodes = [node("a", 0, 0), node("b", 300, 0), node("c", 150, 5, false)];
    expect(clearEdges(nodes, [{ source: "a", target: "b" }])).toEqual({});
  });

  it("ignores an edge's own ends and nodes beyond its ends", () => {
    const nodes = [node("a", 0, 0), node("b", 300, 0), node("c", 340, 0)];
    expect(clearEdges(nodes, [{ source: "a", target: "b" }])).toEqual({});
  });

  it("clears a node sitting on several crossing edges", () => {
    const nodes = [node("a", 0, 0), node("b", 300, 0), node("c", 150, -150), node("d", 150, 150), node("x", 150, 0)];
    const edges = [
      { source: "a", target: "b" },
      { source: "c", target: "d" },
    ];
    const moved = clearEdges(nodes, edges);
    const after = nodes.map((n) => ({ ...n, ...(moved[n.id] ?? {}) }));
    expect(overlaps(after, edges)).toEqual([]);
  });
});
