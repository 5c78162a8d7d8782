import { describe, expect, it } from "vitest";
import { restoreSnapshot } from "../../shared/snapshot/restore.js";
import { smallSnapshot, syntheticSnapshot } from "../../test/synthetic-snapshot.js";
import { applySnapshot, captureSnapshot } from "./capture.js";

describe("capture and apply", () => {
  it("round-trips: applying a snapshot and capturing it again gives the same document", () => {
    const original = smallSnapshot();
    const applied = applySnapshot(original);
    const again = captureSnapshot({
      ...applied,
      steps: original.steps,
      title: original.title,
      notes: original.notes,
      source: original.source,
      now: new Date(original.createdAt),
    });
    expect(again).toEqual(original);
    expect(restoreSnapshot(JSON.parse(JSON.stringify(again))).ok).toBe(true);
  });

  it("leaves out positions and edges of nodes no longer on the canvas, and names an untitled snapshot", () => {
    const applied = applySnapshot(smallSnapshot());
    const { "person:bo": _gone, ...nodes } = applied.graph.nodes;
    const captured = captureSnapshot({
      ...applied,
      graph: { ...applied.graph, nodes },
      steps: [],
      title: "   ",
      source: { articles: 1, latestIngestedAt: null },
      now: new Date("2026-01-01T00:00:00Z"),
    });
    expect(captured.title).toBe("Untitled snapshot");
    expect(Object.keys(captured.state.positions)).not.toContain("person:bo");
    expect(captured.state.edges.some((e) => e.source === "person:bo" || e.target === "person:bo")).toBe(false);
    expect(restoreSnapshot(JSON.parse(JSON.stringify(captured))).ok).toBe(true);
  });
});

describe("syntheticSnapshot (bench and test data)", () => {
  it.each([2, 5_000, 5_001, 5_002])("has exactly %i elements and validates", (n) => {
    const s = syntheticSnapshot(n);
    expect(s.state.nodes.length + s.state.edges.length).toBe(n);
    expect(restoreSnapshot(JSON.parse(JSON.stringify(s))).ok).toBe(true);
  });
});
