/**
 * Snapshot documents for tests and the bench: a small hand-made one, and synthetic ones of any size
 * (people, organizations and claims in a ring, with positions and dates). No publisher text.
 */
import type { GraphEdge, GraphNode } from "../shared/api/contract.js";
import type { Snapshot } from "../shared/snapshot/schema.js";
import { SNAPSHOT_KIND, SNAPSHOT_VERSION } from "../shared/snapshot/version.js";

const claim = (id: string, text: string, publishedAt: string, extra: Record<string, unknown> = {}): GraphNode => ({
  id,
  label: "Claim",
  labels: ["Claim"],
  name: text.slice(0, 80),
  props: { id, text, kind: "direct", cue: "said", outlet: "Test Post", publishedAt, ...extra },
});
const entity = (id: string, label: "Person" | "Organization", name: string): GraphNode => ({
  id,
  label,
  labels: [label],
  name,
  props: { id, name },
});
const edge = (type: string, source: string, target: string): GraphEdge => ({
  id: `${type}:${source}->${target}`,
  source,
  target,
  type,
  props: {},
});

/** Two people, an organization and three claims on three dates; every field filled. */
export function smallSnapshot(): Snapshot {
  const nodes = [
    entity("person:ada", "Person", "Ada Example"),
    entity("person:bo", "Person", "Bo Example"),
    entity("org:acme", "Organization", "Acme Agency"),
    claim("c1", 'The plan, she said, "will not survive the winter", and that is that.', "2017-05-10"),
    claim("c2", "Acme has done nothing wrong", "2017-05-17"),
    claim("c3", "We will, we said, see", "2017-06-02"),
  ];
  const edges = [
    edge("SAID", "person:ada", "c1"),
    edge("ABOUT", "c1", "org:acme"),
    edge("ABOUT", "c1", "person:bo"),
    edge("SAID", "person:bo", "c2"),
    edge("ABOUT", "c2", "org:acme"),
    edge("SAID", "org:acme", "c3"),
    edge("ABOUT", "c3", "person:ada"),
  ];
  const positions = Object.fromEntries(nodes.map((n, i) => [n.id, { x: 100 * i, y: 50 * (i % 2) }]));
  return {
    kind: SNAPSHOT_KIND,
    version: SNAPSHOT_VERSION,
    title: "Who blamed Acme",
    notes: "For the desk.",
    createdAt: "2026-01-02T03:04:05.000Z",
    source: { articles: 3, latestIngestedAt: "2026-01-01T00:00:00Z" },
    state: {
      version: 1,
      nodes,
      edges,
      positions,
      hidden: [],
      pinned: ["person:ada"],
      view: "full",
      focus: null,
      viewport: { zoom: 1.25, pan: { x: 10, y: -20 } },
      filters: {
        hiddenLabels: [],
        hiddenKinds: [],
        hiddenOutlets: [],
        colourBy: "kind",
        sizeBy: "claims",
        labelStyles: {},
      },
      renderer: "canvas",
      path: [],
    },
    timeWindow: { from: "2017-05-01", to: "2017-05-31" },
    steps: [{ kind: "search", detail: "Searched for Acme" }],
  };
}

/**
 * Exactly `elements` nodes + edges (at least 2): one speaker and one target per claim, drawn from a pool of
 * entities, each claim with a quote of realistic length and a date spread over a year.
 */
export function syntheticSnapshot(elements: number): Snapshot {
  const entities = Math.max(2, Math.round(elements / 16));
  const claims = Math.max(0, Math.floor((elements - entities) / 3));
  // Exactly `elements`: entities, then claims (a node and two edges each), then spare entities.
  const pool = entities + (elements - entities - 3 * claims);
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (let i = 0; i < pool; i++) {
    nodes.push(entity(`person:p${i}`, i % 4 === 0 ? "Organization" : "Person", `Entity Number ${i}`));
  }
  for (let i = 0; i < claims; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    const month = String(1 + (i % 12)).padStart(2, "0");
    const text = `Claim ${i}: ${"the minister said the plan would be reviewed before the vote, ".repeat(2)}`;
    nodes.push(claim(`claim:${i}`, text, `2017-${month}-${day}`));
    edges.push(edge("SAID", `person:p${i % entities}`, `claim:${i}`));
    edges.push(edge("ABOUT", `claim:${i}`, `person:p${(i * 7 + 1) % entities}`));
  }
  const positions = Object.fromEntries(
    nodes.map((n, i) => [
      n.id,
      { x: Math.round(Math.cos(i) * (200 + i)) + 0, y: Math.round(Math.sin(i) * (200 + i)) + 0 },
    ]),
  );
  return {
    ...smallSnapshot(),
    title: `Synthetic ${nodes.length + edges.length} elements`,
    state: {
      ...smallSnapshot().state,
      nodes,
      edges,
      positions,
      pinned: [],
      filters: { ...smallSnapshot().state.filters, colourBy: "type" },
    },
    timeWindow: null,
  };
}
