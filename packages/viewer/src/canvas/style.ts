/** The Cytoscape stylesheet: shapes per type, colours and sizes from the view data, calm edges. */
import type { StylesheetJson } from "cytoscape";

/** Above this many elements (nodes + edges) the canvas draws with the cheaper large-graph style. */
export const LARGE_GRAPH = 2_000;

export const isLargeGraph = (elements: number): boolean => elements > LARGE_GRAPH;

/**
 * What the large-graph style changes, over the normal one: straight "haystack" edges without arrows
 * or edge captions (bezier curves and arrows are most of a 5,000-element first frame), claim captions
 * off (their text is in the details panel), names drawn only once zoomed in far enough to read them.
 */
function largeGraphOverrides(): StylesheetJson {
  return [
    { selector: "node", style: { "min-zoomed-font-size": 12, "text-outline-width": 0 } },
    { selector: 'node[label = "Claim"]', style: { label: "" } },
    {
      selector: "edge",
      style: { "curve-style": "haystack", "haystack-radius": 0, "target-arrow-shape": "none", label: "" },
    },
  ] as StylesheetJson;
}

export const SHAPES: Record<string, string> = {
  Person: "ellipse",
  Organization: "round-hexagon",
  Claim: "round-diamond",
  Article: "round-tag",
  Other: "round-rectangle",
};

export const EDGE_COLOURS: Record<string, string> = {
  SAID: "#7f9fc6",
  ABOUT: "#e3a46f",
  CLAIMS_ABOUT: "#8d96a8",
  REPORTED_IN: "#c4b3a4",
  MENTIONED_IN: "#d6d2cc",
  AFFILIATED_WITH: "#9bbf8e",
  VIA: "#c9a0c0",
  DISPUTES: "#c0392b",
};

/** The stylesheet; `large` (see LARGE_GRAPH) appends the large-graph overrides, the rest is the same. */
export function stylesheet(options: { large?: boolean } = {}): StylesheetJson {
  const base = [
    {
      selector: "node",
      style: {
        "background-color": "data(colour)",
        width: "data(size)",
        height: "data(size)",
        label: "data(caption)",
        "font-size": 11,
        "font-family": "Inter, system-ui, sans-serif",
        color: "#2f3440",
        "text-valign": "bottom",
        "text-margin-y": 4,
        "text-wrap": "ellipsis",
        "text-max-width": "140px",
        "min-zoomed-font-size": 7,
        "border-width": 1.5,
        "border-color": "#ffffff",
        "text-outline-color": "#f7f7f5",
        "text-outline-width": 2,
      },
    },
    ...Object.entries(SHAPES).map(([label, shape]) => ({
      selector: `node[label = "${label}"]`,
      style: { shape: shape as "ellipse" },
    })),
    {
      // A claim's caption is its text (up to CLAIM_CAPTION characters) wrapped under it, readable from
      // zoom 0.67 (it was 8 px, cut at ~22 characters and drawn only past zoom 1.25).
      selector: 'node[label = "Claim"]',
      style: {
        "font-size": 9,
        "text-wrap": "wrap",
        "text-max-width": "150px",
        "min-zoomed-font-size": 6,
        "line-height": 1.15,
      },
    },
    { selector: "node.pinned", style: { "border-width": 3, "border-color": "#2f3440" } },
    { selector: "node:selected", style: { "border-width": 3, "border-color": "#d4463b" } },
    {
      selector: "edge",
      style: {
        width: "data(width)",
        "line-color": "#c8ccd2",
        "target-arrow-color": "#c8ccd2",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.8,
        "curve-style": "bezier",
        opacity: 0.9,
      },
    },
    ...Object.entries(EDGE_COLOURS).map(([type, colour]) => ({
      selector: `edge[type = "${type}"]`,
      style: { "line-color": colour, "target-arrow-color": colour },
    })),
    {
      // Who → whom: the claim count on the edge, as large as a name and on an opaque pill
      // (it was 9 px on a translucent background); straight lines, so the count sits on the line.
      selector: 'edge[type = "CLAIMS_ABOUT"]',
      style: {
        label: "data(weight)",
        "font-size": 13,
        "font-weight": "bold",
        color: "#1f2430",
        "min-zoomed-font-size": 6,
        "text-background-color": "#ffffff",
        "text-background-opacity": 1,
        "text-background-padding": "3px",
        "text-background-shape": "roundrectangle",
        "text-border-color": "#8d96a8",
        "text-border-width": 1,
        "text-border-opacity": 1,
        "arrow-scale": 0.7,
        opacity: 0.85,
      },
    },
    // A shortest path: its nodes ringed and its edges drawn thick, in the selection's red.
    { selector: "node.path", style: { "border-width": 4, "border-color": "#d4463b" } },
    {
      selector: "edge.path",
      style: { width: 4, "line-color": "#d4463b", "target-arrow-color": "#d4463b", opacity: 1, "z-index": 10 },
    },
    { selector: "edge:selected", style: { "line-color": "#d4463b", "target-arrow-color": "#d4463b" } },
    { selector: ".dim", style: { opacity: 0.12 } },
  ] as StylesheetJson;
  return options.large ? [...base, ...largeGraphOverrides()] : base;
}
