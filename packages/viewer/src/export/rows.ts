/**
 * The claims in view as rows for CSV and JSON: speaker, quote, targets, article title, outlet,
 * date and URL. Article fields come from the claim's own properties (set by the server) or, when
 * the article is on the canvas, from its REPORTED_IN edge. Pure.
 */
import type { GraphEdge, GraphNode } from "../api/contract.js";

export interface ClaimRow {
  claimId: string;
  speakers: string[];
  quote: string;
  kind: string;
  targets: string[];
  articleTitle: string;
  outlet: string;
  date: string;
  url: string;
}

const str = (v: unknown) => (typeof v === "string" ? v : "");

/**
 * One row per claim among `inView` (the claims the reader sees), in the order given. `nodes` and
 * `edges` are everything on the canvas, so speakers and targets hidden by a filter still get named.
 */
export function claimRows(
  inView: Iterable<GraphNode>,
  nodes: Record<string, GraphNode>,
  edges: Iterable<GraphEdge>,
): ClaimRow[] {
  const speakers = new Map<string, string[]>();
  const targets = new Map<string, string[]>();
  const article = new Map<string, GraphNode>();
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    map.set(key, list);
  };
  for (const e of edges) {
    if (e.type === "SAID") push(speakers, e.target, nodes[e.source]?.name ?? e.source);
    else if (e.type === "ABOUT") push(targets, e.source, nodes[e.target]?.name ?? e.target);
    else if (e.type === "REPORTED_IN") {
      const a = nodes[e.target];
      if (a?.label === "Article") article.set(e.source, a);
    }
  }
  const rows: ClaimRow[] = [];
  for (const claim of inView) {
    if (claim.label !== "Claim") continue;
    const p = claim.props;
    const a = article.get(claim.id)?.props ?? {};
    rows.push({
      claimId: claim.id,
      speakers: speakers.get(claim.id) ?? [],
      quote: str(p.text) || claim.name,
      kind: str(p.kind),
      targets: targets.get(claim.id) ?? [],
      articleTitle: str(p.articleTitle) || str(a.title),
      outlet: str(p.outlet) || str(a.source),
      date: (str(p.publishedAt) || str(a.publishedAt)).slice(0, 10),
      url: str(p.articleUrl) || str(a.url),
    });
  }
  return rows;
}
