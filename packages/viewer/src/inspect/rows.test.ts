import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../shared/api/contract.js";
import { edgeRows, nodeRows, whoEdgeRows } from "./rows.js";

const ann: GraphNode = {
  id: "p:ann",
  label: "Person",
  labels: ["Person"],
  name: "Ann",
  props: { name: "Ann", aliases: ["A"] },
};
const claim: GraphNode = {
  id: "c1",
  label: "Claim",
  labels: ["Claim"],
  name: "It is",
  props: { text: "It is", kind: "direct" },
};
const said: GraphEdge = { id: "r1", source: "p:ann", target: "c1", type: "SAID", props: { cue: "said", start: 4 } };

describe("property rows", () => {
  it("lists a node's id and labels, then its properties by key, written as Cypher", () => {
    expect(nodeRows(ann)).toEqual([
      { key: "<id>", value: "p:ann", meta: true },
      { key: "labels", value: ":Person", meta: true },
      { key: "aliases", value: '["A"]', meta: false },
      { key: "name", value: "Ann", meta: false },
    ]);
  });

  it("lists an edge's type and ends, then its properties", () => {
    const rows = edgeRows(said, { "p:ann": ann, c1: claim });
    expect(rows.map((r) => r.key)).toEqual(["<id>", "type", "from", "to", "cue", "start"]);
    expect(rows.find((r) => r.key === "from")?.value).toBe("Ann (p:ann)");
    expect(rows.find((r) => r.key === "start")?.value).toBe("4");
  });

  it("lists a folded who → whom edge's claims", () => {
    const rows = whoEdgeRows(
      { id: "who:p:ann->p:bob", source: "p:ann", target: "p:bob", claims: ["c1"] },
      { c1: claim },
    );
    expect(rows.find((r) => r.key === "claims")?.value).toBe("1");
    expect(rows.find((r) => r.key === "claim 1")?.value).toBe("It is");
  });
});
