import { describe, expect, it } from "vitest";
import { smallSnapshot } from "../../test/synthetic-snapshot.js";
import { type SnapshotV0, upgradeV0, versionOf } from "./migrations.js";
import { describeProblems, restoreSnapshot, restoreSnapshotText } from "./restore.js";
import { MAX_SNAPSHOT_BYTES } from "./schema.js";

const v0 = (): SnapshotV0 & Record<string, unknown> => {
  const s = smallSnapshot();
  return {
    title: "Old view",
    savedAt: "2025-03-04T05:06:07Z",
    nodes: s.state.nodes,
    edges: s.state.edges,
    layout: s.state.positions,
    zoom: 0.8,
    pan: { x: 3, y: 4 },
    view: "who",
    query: "MATCH (n) RETURN n",
  };
};

const damaged = (patch: (doc: Record<string, unknown>) => void) => {
  const doc = JSON.parse(JSON.stringify(smallSnapshot())) as Record<string, unknown>;
  patch(doc);
  return doc;
};
const state = (doc: Record<string, unknown>) => doc.state as Record<string, unknown>;
const at = (list: unknown, i: number) => (list as Array<Record<string, unknown>>)[i] as Record<string, unknown>;

describe("restoreSnapshot", () => {
  it("accepts a current document unchanged", () => {
    const result = restoreSnapshot(JSON.parse(JSON.stringify(smallSnapshot())));
    expect(result).toEqual({ ok: true, snapshot: smallSnapshot(), migratedFrom: null });
  });

  it("upgrades a version-0 document, keeping its elements, positions, viewport and query", () => {
    const result = restoreSnapshot(v0());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.migratedFrom).toBe(0);
    const { snapshot } = result;
    expect(snapshot.version).toBe(1);
    expect(snapshot.title).toBe("Old view");
    expect(snapshot.createdAt).toBe("2025-03-04T05:06:07.000Z");
    expect(snapshot.state.nodes.map((n) => n.id)).toEqual(smallSnapshot().state.nodes.map((n) => n.id));
    expect(snapshot.state.positions).toEqual(smallSnapshot().state.positions);
    expect(snapshot.state.viewport).toEqual({ zoom: 0.8, pan: { x: 3, y: 4 } });
    expect(snapshot.state.view).toBe("who");
    expect(snapshot.steps).toEqual([{ kind: "cypher", detail: "MATCH (n) RETURN n" }]);
    expect(snapshot.source).toEqual({ articles: 0, latestIngestedAt: null });
  });

  it("a version-0 document with a bad savedAt still upgrades, to the epoch", () => {
    expect(upgradeV0({ ...v0(), savedAt: "yesterday" })).toMatchObject({ createdAt: "1970-01-01T00:00:00.000Z" });
  });

  it("explains a damaged version-0 document with its own field names", () => {
    const result = restoreSnapshot({ ...v0(), layout: { a: { x: "left", y: 0 } } });
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ path: "layout.a.x" })] });
  });

  it.each([
    ["not an object", [1, 2], "version", "whole-number `version`"],
    [
      "a future version",
      damaged((d) => {
        d.version = 7;
      }),
      "version",
      "newer than this viewer understands",
    ],
    [
      "a fractional version",
      damaged((d) => {
        d.version = 1.5;
      }),
      "version",
      "whole-number",
    ],
    [
      "the wrong kind",
      damaged((d) => {
        d.kind = "excalidraw";
      }),
      "kind",
      "claimgraph.snapshot",
    ],
    [
      "an empty title",
      damaged((d) => {
        d.title = "  ";
      }),
      "title",
      "needs a title",
    ],
    [
      "a node id that is a number",
      damaged((d) => {
        at(state(d).nodes, 1).id = 5;
      }),
      "state.nodes.1.id",
      "string",
    ],
    [
      "an edge to a missing node",
      damaged((d) => {
        at(state(d).edges, 0).target = "ghost";
      }),
      "state.edges.0.target",
      'got "ghost"',
    ],
    [
      "a zero zoom",
      damaged((d) => {
        state(d).viewport = { zoom: 0, pan: { x: 0, y: 0 } };
      }),
      "state.viewport.zoom",
      "",
    ],
    [
      "a bad date in the window",
      damaged((d) => {
        d.timeWindow = { from: "May 2017", to: "2017-06-01" };
      }),
      "timeWindow.from",
      "YYYY-MM-DD",
    ],
    [
      "a window backwards",
      damaged((d) => {
        d.timeWindow = { from: "2017-06-02", to: "2017-06-01" };
      }),
      "timeWindow.from",
      "not be after",
    ],
    [
      "a bad createdAt",
      damaged((d) => {
        d.createdAt = "now";
      }),
      "createdAt",
      "ISO date-time",
    ],
    [
      "an unknown colouring",
      damaged((d) => {
        (state(d).filters as Record<string, unknown>).colourBy = "mood";
      }),
      "state.filters.colourBy",
      "",
    ],
  ])("refuses %s, naming the field", (_name, input, path, words) => {
    const result = restoreSnapshot(input);
    if (result.ok) throw new Error("accepted");
    expect(result.problems[0]?.path).toBe(path);
    expect(result.problems[0]?.message).toContain(words);
  });
});

describe("versionOf", () => {
  it.each([
    [{ version: 1 }, 1],
    [{ nodes: [] }, 0],
    [{ title: "x" }, null],
    [null, null],
    ["1", null],
  ])("%j → %s", (doc, expected) => {
    expect(versionOf(doc)).toBe(expected);
  });
});

describe("restoreSnapshotText", () => {
  it.each([
    ["an empty file", "  \n", "the file is empty"],
    ["malformed JSON", '{"version": 1,', "not valid JSON"],
    ["an oversized file", " ".repeat(MAX_SNAPSHOT_BYTES + 1), "at most 8 MB"],
  ])("refuses %s", (_name, text, words) => {
    const result = restoreSnapshotText(text);
    if (result.ok) throw new Error("accepted");
    expect(result.problems[0]?.message).toContain(words);
  });

  it("reads back what JSON.stringify wrote", () => {
    const result = restoreSnapshotText(JSON.stringify(smallSnapshot()));
    expect(result.ok && result.snapshot).toEqual(smallSnapshot());
  });

  it("describes problems in one sentence that names the file and the fields", () => {
    expect(
      describeProblems("view.json", [
        { path: "title", message: "a snapshot needs a title" },
        { path: "", message: "x" },
      ]),
    ).toBe("view.json is not a valid claimgraph snapshot — title: a snapshot needs a title; x.");
  });
});
