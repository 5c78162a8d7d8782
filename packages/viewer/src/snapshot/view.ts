/** What the reader sees now (the graph through the time window and the filters), for snapshots and exports. */
import type { GraphNode } from "../../shared/api/contract.js";
import { filterStore } from "../filters/store.js";
import { graphStore } from "../graph/store.js";
import { type ViewElements, viewElements } from "../graph/view.js";
import { applyWindow } from "../timeline/model.js";
import { timelineStore } from "../timeline/store.js";

/** What is drawn now: the graph through the time window and the filters. */
export function currentView(): ViewElements {
  return viewElements(applyWindow(graphStore.get(), timelineStore.get().window), filterStore.get());
}

/** The claims the reader sees: drawn claim nodes, or the claims folded into who → whom edges. */
export function claimsInView(): GraphNode[] {
  const { nodes } = graphStore.get();
  const view = currentView();
  const ids = new Set<string>();
  for (const n of view.nodes) if (nodes[n.id]?.label === "Claim") ids.add(n.id);
  for (const e of view.edges) for (const c of e.claims) ids.add(c);
  return [...ids].map((id) => nodes[id]).filter((n): n is GraphNode => n !== undefined);
}

/** Every claim on the canvas, drawn or not. */
export const allClaims = () => Object.values(graphStore.get().nodes).filter((n) => n.label === "Claim");
