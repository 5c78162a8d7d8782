/**
 * What the canvas draws, derived from the graph state and the filters: plain objects with the
 * colour, size and classes already decided, for the active view (full graph or who-about-whom).
 */
import type { GraphNode } from "../../shared/api/contract.js";
import { type FilterState, kindOf, labelColour, outletOf, passesFilters, styledCaption } from "../filters/model.js";
import type { GraphState, Position } from "./model.js";
import { categoricalColours, colourFor, KIND_COLOURS } from "./palette.js";
import { foldClaims } from "./who-about-whom.js";
import { whoEdgeWidth } from "./who-width.js";

export interface ViewNode {
  id: string;
  label: string;
  name: string;
  /** What the canvas writes under the node: the name, or a claim's text up to CLAIM_CAPTION characters. */
  caption: string;
  /** The hover tooltip: a claim's whole text with who said it about whom, or an entity's name and type. */
  detail: string;
  colour: string;
  size: number;
  pinned: boolean;
  position: Position | undefined;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  /** Claims folded into this edge (who-about-whom view). */
  claims: string[];
  width: number;
}

export interface ViewElements {
  nodes: ViewNode[];
  edges: ViewEdge[];
}

// Claims are drawn large enough to see and hit (they were 12 px diamonds at the overview's zoom).
const BASE_SIZE: Record<string, number> = { Person: 34, Organization: 34, Claim: 24, Article: 22, Other: 22 };

/** Longest claim caption on the canvas (cut at a word, wrapped onto about three lines). */
export const CLAIM_CAPTION = 72;

/** A claim's caption: its text up to `max` characters, cut after a whole word. */
export function claimCaption(text: string, max = CLAIM_CAPTION): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** Names of the nodes at the other end of `id`'s edges of a type (SAID: speakers; ABOUT: targets). */
function ends(
  state: GraphState,
  index: Map<string, GraphState["edges"][string][]>,
  id: string,
  type: string,
  side: "source" | "target",
): string[] {
  return (index.get(`${type}:${id}`) ?? []).map((e) => state.nodes[e[side]]?.name ?? e[side]);
}

function colourOf(node: GraphNode, filters: FilterState, outlets: ReadonlyMap<string, string>): string {
  if (filters.colourBy === "kind") {
    const kind = kindOf(node);
    if (kind) return KIND_COLOURS[kind] ?? colourFor(kind);
  }
  if (filters.colourBy === "outlet") {
    const outlet = outletOf(node);
    if (outlet) return outlets.get(outlet) ?? colourFor(outlet);
  }
  return labelColour(node.label, filters);
}

/** Each outlet the graph's claims and articles name, with its colour (`categoricalColours`). */
export function outletColoursOf(nodes: Iterable<GraphNode>): Map<string, string> {
  const outlets: string[] = [];
  for (const node of nodes) {
    const outlet = outletOf(node);
    if (outlet) outlets.push(outlet);
  }
  return categoricalColours(outlets);
}

/** Size grows with the square root of a count, so a hub is visible without swallowing the canvas. */
export function sizeFor(label: string, count: number): number {
  const base = BASE_SIZE[label] ?? 22;
  return Math.round(base + Math.min(60, 7 * Math.sqrt(count)));
}

export function viewElements(state: GraphState, filters: FilterState): ViewElements {
  const outletColours = outletColoursOf(Object.values(state.nodes));
  const visible = new Map<string, GraphNode>();
  const hidden = new Set(state.hidden);
  for (const node of Object.values(state.nodes)) {
    if (!hidden.has(node.id) && passesFilters(node, filters)) visible.set(node.id, node);
  }
  const pinned = new Set(state.pinned);
  const edges = Object.values(state.edges);

  let viewEdges: ViewEdge[];
  let drawn: GraphNode[];
  if (state.view === "who") {
    drawn = [...visible.values()].filter((n) => n.label === "Person" || n.label === "Organization");
    // Claims are not drawn in this view: the Claim type filter does not apply to them (it removed
    // every edge), their kind and outlet filters do.
    const claimFilters = { ...filters, hiddenLabels: [] };
    const keep = (claim: GraphNode) => passesFilters(claim, claimFilters) && !hidden.has(claim.id);
    viewEdges = foldClaims(state.nodes, edges, keep)
      .filter((e) => visible.has(e.source) && visible.has(e.target))
      .map((e) => ({ ...e, type: "CLAIMS_ABOUT", width: whoEdgeWidth(e.claims.length) }));
  } else {
    drawn = [...visible.values()];
    viewEdges = edges
      .filter((e) => visible.has(e.source) && visible.has(e.target))
      .map((e) => ({ id: e.id, source: e.source, target: e.target, type: e.type, claims: [], width: 1.5 }));
  }

  const counts = new Map<string, number>();
  if (filters.sizeBy === "degree") {
    for (const e of viewEdges) {
      counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
      counts.set(e.target, (counts.get(e.target) ?? 0) + 1);
    }
  } else if (filters.sizeBy === "claims") {
    for (const e of edges) {
      if (e.type === "SAID") counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
      if (e.type === "ABOUT") counts.set(e.target, (counts.get(e.target) ?? 0) + 1);
    }
  }

  // SAID edges by claim, ABOUT edges by claim: who said a claim about whom, for its tooltip.
  const byClaim = new Map<string, GraphState["edges"][string][]>();
  for (const e of edges) {
    const key = e.type === "SAID" ? `SAID:${e.target}` : e.type === "ABOUT" ? `ABOUT:${e.source}` : null;
    if (!key) continue;
    const list = byClaim.get(key);
    if (list) list.push(e);
    else byClaim.set(key, [e]);
  }
  const detail = (node: GraphNode): string => {
    if (node.label !== "Claim") return `${node.name} · ${node.label}`;
    const text = typeof node.props.text === "string" && node.props.text ? node.props.text : node.name;
    const said = ends(state, byClaim, node.id, "SAID", "source");
    const about = ends(state, byClaim, node.id, "ABOUT", "target");
    const who = [said.length ? `— ${said.join(", ")}` : "", about.length ? `about ${about.join(", ")}` : ""];
    return [text, who.filter(Boolean).join(" ")].filter(Boolean).join("\n");
  };

  return {
    nodes: drawn.map((node) => ({
      id: node.id,
      label: node.label,
      name: node.name,
      caption:
        styledCaption(node, filters) ??
        (node.label === "Claim"
          ? claimCaption(typeof node.props.text === "string" && node.props.text ? node.props.text : node.name)
          : node.name),
      detail: detail(node),
      colour: colourOf(node, filters, outletColours),
      size: Math.round(sizeFor(node.label, counts.get(node.id) ?? 0) * (filters.labelStyles[node.label]?.scale ?? 1)),
      pinned: pinned.has(node.id),
      position: state.positions[node.id],
    })),
    edges: viewEdges,
  };
}
