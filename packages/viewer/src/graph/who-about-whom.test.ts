import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../shared/api/contract.js";
import { foldClaims } from "./who-about-whom.js";

const node = (id: string, label: GraphNode["label"], props: Record<string, unknown> = {}): GraphNode => ({
  id,
  label,
  labels: [label],
  name: id,
  props,
});
const edge = (type: string, source: string, target: string): GraphEdge => ({
  id: `${type}:${source}->${target}`,
  source,
  target,
  type,
  props: {},
});

const nodes = Object.fromEntries(
  [
    node("dunn", "Person"),
    node("trump", "Person"),
    node("mi6", "Organization"),
    node("c1", "Claim", { kind: "direct" }),
    node("c2", "Claim", { kind: "indirect" }),
    node("c3", "Claim", { kind: "direct" }),
    node("c4", "Claim", { kind: "direct" }),
  ].map((n) => [n.id, n]),
);
const edges = [
  edge("SAID", "dunn", "c1"),
  edge("ABOUT", "c1", "trump"),
  edge("ABOUT", "c1", "mi6"),
  edge("SAID", "dunn", "c2"),
  edge("ABOUT", "c2", "trump"),
  edge("SAID", "trump", "c3"),
  edge("ABOUT", "c3", "dunn"),
  edge("SAID", "mi6", "c4"), // no target: contributes nothing
];

describe("foldClaims", () => {
  it("turns claims into speaker → target edges weighted by claim count", () => {
    expect(foldClaims(nodes, edges)).toEqual([
      { id: "who:dunn->trump", source: "dunn", target: "trump", claims: ["c1", "c2"] },
      { id: "who:dunn->mi6", source: "dunn", target: "mi6", claims: ["c1"] },
      { id: "who:trump->dunn", source: "trump", target: "dunn", claims: ["c3"] },
    ]);
  });

  it("leaves out claims the filter rejects", () => {
    const folded = foldClaims(nodes, edges, (c) => c.props.kind !== "indirect");
    expect(folded.find((e) => e.id === "who:dunn->trump")?.claims).toEqual(["c1"]);
  });

  it("ignores SAID/ABOUT edges whose claim end is not a claim on the canvas", () => {
    expect(foldClaims(nodes, [edge("SAID", "dunn", "missing"), edge("ABOUT", "missing", "trump")])).toEqual([]);
  });
});
