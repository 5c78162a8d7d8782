import { describe, expect, it } from "vitest";
import type { GraphPayload } from "../../shared/api/contract.js";
import { defaultFilters } from "../filters/model.js";
import { emptyGraph } from "./model.js";
import {
  addGraph,
  hideNodes,
  redo,
  removeNodes,
  renameNode,
  replaceGraph,
  setFocus,
  setPositions,
  setView,
  showAll,
  togglePin,
  undo,
} from "./reducers.js";
import { viewElements } from "./view.js";

const payload = (ids: string[], edges: Array<[string, string, string]> = []): GraphPayload => ({
  nodes: ids.map((id) => ({
    id,
    label: id.startsWith("c") ? ("Claim" as const) : ("Person" as const),
    labels: [],
    name: id.toUpperCase(),
    props: id.startsWith("c") ? { kind: "direct", outlet: "Post" } : {},
  })),
  edges: edges.map(([type, source, target]) => ({
    id: `${type}:${source}->${target}`,
    source,
    target,
    type,
    props: {},
  })),
});

describe("graph reducers", () => {
  it("adds without duplicates and drops edges whose ends are missing", () => {
    let s = addGraph(
      emptyGraph(),
      payload(
        ["a", "c1"],
        [
          ["SAID", "a", "c1"],
          ["ABOUT", "c1", "zz"],
        ],
      ),
    );
    s = addGraph(s, payload(["a", "b"], [["SAID", "a", "c1"]]));
    expect(Object.keys(s.nodes).sort()).toEqual(["a", "b", "c1"]);
    expect(Object.keys(s.edges)).toEqual(["SAID:a->c1"]);
    expect(s.past).toHaveLength(2);
  });

  it("undoes and redoes additions, hides and pins in order", () => {
    let s = addGraph(emptyGraph(), payload(["a"]));
    s = addGraph(s, payload(["b"]));
    s = hideNodes(s, ["a"]);
    s = togglePin(s, "b");
    expect(s).toMatchObject({ hidden: ["a"], pinned: ["b"] });
    s = undo(undo(s));
    expect(s).toMatchObject({ hidden: [], pinned: [] });
    expect(Object.keys(s.nodes)).toEqual(["a", "b"]);
    s = undo(s);
    expect(Object.keys(s.nodes)).toEqual(["a"]);
    s = redo(redo(s));
    expect(s.hidden).toEqual(["a"]);
    expect(s.future).toHaveLength(1);
  });

  it("a new change after undo clears the redo list", () => {
    let s = addGraph(emptyGraph(), payload(["a"]));
    s = undo(s);
    s = addGraph(s, payload(["b"]));
    expect(s.future).toEqual([]);
    expect(redo(s)).toBe(s);
  });

  it("brings a hidden node back when a later result contains it; show all unhides", () => {
    let s = hideNodes(addGraph(emptyGraph(), payload(["a", "b"])), ["a", "b"]);
    s = addGraph(s, payload(["a"]));
    expect(s.hidden).toEqual(["b"]);
    expect(showAll(s).hidden).toEqual([]);
  });

  it("removes nodes with their edges, and replace starts a fresh canvas that can be undone", () => {
    let s = addGraph(emptyGraph(), payload(["a", "c1"], [["SAID", "a", "c1"]]));
    s = removeNodes(s, ["c1"]);
    expect(s.edges).toEqual({});
    s = replaceGraph(s, payload(["z"]));
    expect(Object.keys(s.nodes)).toEqual(["z"]);
    expect(Object.keys(undo(s).nodes)).toEqual(["a"]);
  });

  it("starts history at the first picture: a first replace on an empty canvas is not undoable", () => {
    const first = replaceGraph(emptyGraph(), payload(["a"]));
    expect(first.past).toEqual([]);
    expect(undo(first)).toBe(first);
    const second = replaceGraph(first, payload(["b"]));
    expect(Object.keys(undo(second).nodes)).toEqual(["a"]);
  });
});

describe("viewElements", () => {
  const s = addGraph(
    emptyGraph(),
    payload(
      ["a", "b", "c1", "c2"],
      [
        ["SAID", "a", "c1"],
        ["ABOUT", "c1", "b"],
        ["SAID", "a", "c2"],
        ["ABOUT", "c2", "b"],
      ],
    ),
  );

  it("draws everything in the full view and only entities with folded edges in the who-about-whom view", () => {
    expect(viewElements(s, defaultFilters()).nodes).toHaveLength(4);
    const who = viewElements(setView(s, "who"), defaultFilters());
    expect(who.nodes.map((n) => n.id).sort()).toEqual(["a", "b"]);
    expect(who.edges).toEqual([expect.objectContaining({ id: "who:a->b", claims: ["c1", "c2"] })]);
  });

  it("filters by type and claim kind, and sizes speakers by their claims", () => {
    const noClaims = viewElements(s, { ...defaultFilters(), hiddenLabels: ["Claim"] });
    expect(noClaims.nodes.map((n) => n.id).sort()).toEqual(["a", "b"]);
    expect(noClaims.edges).toEqual([]);
    const who = viewElements(setView(s, "who"), { ...defaultFilters(), hiddenKinds: ["direct"] });
    expect(who.edges).toEqual([]);
    const sized = viewElements(s, defaultFilters()).nodes;
    const size = (id: string) => sized.find((n) => n.id === id)?.size ?? 0;
    expect(size("a")).toBeGreaterThan(size("c1"));
  });

  it("colours by outlet when asked", () => {
    const byOutlet = viewElements(s, { ...defaultFilters(), colourBy: "outlet" }).nodes;
    const byType = viewElements(s, defaultFilters()).nodes;
    expect(byOutlet.find((n) => n.id === "c1")?.colour).not.toBe(byType.find((n) => n.id === "c1")?.colour);
    expect(byOutlet.find((n) => n.id === "a")?.colour).toBe(byType.find((n) => n.id === "a")?.colour);
  });
});

describe("replaceGraph with the same picture", () => {
  it("is not a step to undo", () => {
    let s = replaceGraph(emptyGraph(), payload(["a"]));
    s = addGraph(s, payload(["b"]));
    const again = replaceGraph(s, payload(["a", "b"]));
    expect(again.past).toHaveLength(s.past.length);
  });
});

describe("renameNode (the server answered a former id for the node's current one)", () => {
  // An old snapshot's node "old" (say org:u s chamber of commerce) is "new" in the graph now.
  const snapshot = () => {
    let s = addGraph(emptyGraph(), payload(["a"]));
    s = addGraph(
      s,
      payload(
        ["old", "c1", "c2"],
        [
          ["SAID", "old", "c1"],
          ["ABOUT", "c2", "old"],
        ],
      ),
    );
    s = togglePin(hideNodes(s, ["c2"]), "old");
    s = setFocus(setPositions(s, { old: { x: 1, y: 2 } }), "old");
    return s;
  };

  it("moves the node, its edges (named again as the server names them), position, pin and focus to the current id", () => {
    const s = renameNode(snapshot(), "old", "new");
    expect(Object.keys(s.nodes).sort()).toEqual(["a", "c1", "c2", "new"]);
    expect(s.nodes.new).toMatchObject({ id: "new", name: "OLD" });
    expect(Object.keys(s.edges).sort()).toEqual(["ABOUT:c2->new", "SAID:new->c1"]);
    expect(s.edges["SAID:new->c1"]).toMatchObject({ source: "new", target: "c1" });
    expect(s).toMatchObject({ pinned: ["new"], hidden: ["c2"], focus: "new", positions: { new: { x: 1, y: 2 } } });
    expect(s.positions.old).toBeUndefined();
  });

  it("so expanding it afterwards adds its neighbours to it, not a second node beside it", () => {
    const s = addGraph(renameNode(snapshot(), "old", "new"), payload(["new", "c3"], [["SAID", "new", "c3"]]));
    expect(Object.keys(s.nodes).sort()).toEqual(["a", "c1", "c2", "c3", "new"]);
    expect(Object.keys(s.edges).sort()).toEqual(["ABOUT:c2->new", "SAID:new->c1", "SAID:new->c3"]);
  });

  it("is not a step of its own, and undo never brings the old id back", () => {
    const before = snapshot();
    const s = renameNode(before, "old", "new");
    expect(s.past).toHaveLength(before.past.length);
    expect(s.past.every((c) => !c.nodes.old && Object.values(c.edges).every((e) => e.source !== "old"))).toBe(true);
    // Undo the pin and the hide: the node is still there, under its current id; once more, it was never added.
    const unpinned = undo(undo(s));
    expect(unpinned).toMatchObject({ pinned: [], hidden: [] });
    expect(Object.keys(unpinned.nodes).sort()).toEqual(["a", "c1", "c2", "new"]);
    expect(Object.keys(undo(unpinned).nodes)).toEqual(["a"]);
    expect(redo(undo(unpinned)).nodes.new).toBeDefined();
  });

  it("joins the two when the current node is on the canvas already", () => {
    let s = snapshot();
    s = addGraph(
      s,
      payload(
        ["new", "c3"],
        [
          ["SAID", "new", "c3"],
          ["SAID", "new", "c1"],
        ],
      ),
    );
    s = renameNode(s, "old", "new");
    expect(Object.keys(s.nodes).sort()).toEqual(["a", "c1", "c2", "c3", "new"]);
    expect(Object.keys(s.edges).sort()).toEqual(["ABOUT:c2->new", "SAID:new->c1", "SAID:new->c3"]);
    expect(s.nodes.new?.name).toBe("NEW");
  });

  it("changes nothing when the id is the same or not on the canvas", () => {
    const s = snapshot();
    expect(renameNode(s, "old", "old")).toBe(s);
    expect(renameNode(s, "elsewhere", "new")).toBe(s);
  });
});
