/**
 * The claims in view as rows for CSV and JSON: speaker, quote, targets, and where the quote stands
 * (article id, title, outlet, date, URL, and the quote's UTF-16 offsets into the article's text), so
 * a reader can trace every row back to its source. Article fields come from the claim's own
 * properties (set by the server, or by `claimSourceProps` from the claim's details), or, when the
 * article is on the canvas, from its REPORTED_IN edge. Each row also names the statement the claim
 * reports (id and report counts, issue 18) and the claims on the canvas it disputes or that dispute it. Pure.
 */
import type { ClaimResponse, GraphEdge, GraphNode } from "../../shared/api/contract.js";

export interface ClaimRow {
  claimId: string;
  speakers: string[];
  quote: string;
  kind: string;
  targets: string[];
  articleId: string;
  articleTitle: string;
  outlet: string;
  date: string;
  url: string;
  /** Where the quote starts and ends in the article's text (UTF-16, end exclusive); null when unknown. */
  start: number | null;
  end: number | null;
  /** The statement the claim reports (the same utterance across articles): id and figures; "" / null when unknown. */
  statementId: string;
  statementReports: number | null;
  statementArticles: number | null;
  statementOutlets: number | null;
  /** Ids of the claims on the canvas this claim disputes, and of those disputing it (DISPUTES edges). */
  disputes: string[];
  disputedBy: string[];
}

const str = (v: unknown) => (typeof v === "string" ? v : "");
const num = (v: unknown) => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : null);

/**
 * The claim-node properties that locate a claim in its article, from the claim's details
 * (`/api/claim`): merged into the node, every export carries them.
 */
export function claimSourceProps({
  article: a,
  statement: st,
  context: c,
}: ClaimResponse): Record<string, string | number> {
  return {
    ...(a && { articleId: a.id, articleTitle: a.title, outlet: a.outlet, articleUrl: a.url }),
    ...(a?.publishedAt ? { publishedAt: a.publishedAt } : {}),
    ...(st && {
      statementId: st.id,
      statementReports: st.reports,
      statementArticles: st.articles,
      statementOutlets: st.outlets,
    }),
    ...(c && { quoteStart: c.paragraphStart + c.quote.start, quoteEnd: c.paragraphStart + c.quote.end }),
  };
}

/** Whether a claim node lacks what locates it (its article or the quote's offsets). */
export function lacksSource(node: GraphNode): boolean {
  return (
    node.label === "Claim" &&
    (!str(node.props.articleId) || !str(node.props.articleTitle) || num(node.props.quoteStart) === null)
  );
}

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
  const article = new Map<string, { node: GraphNode; edge: GraphEdge }>();
  const disputes = new Map<string, string[]>();
  const disputedBy = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    map.set(key, list);
  };
  for (const e of edges) {
    if (e.type === "SAID") push(speakers, e.target, nodes[e.source]?.name ?? e.source);
    else if (e.type === "ABOUT") push(targets, e.source, nodes[e.target]?.name ?? e.target);
    else if (e.type === "DISPUTES") {
      push(disputes, e.source, e.target);
      push(disputedBy, e.target, e.source);
    } else if (e.type === "REPORTED_IN") {
      const a = nodes[e.target];
      if (a?.label === "Article") article.set(e.source, { node: a, edge: e });
    }
  }
  const rows: ClaimRow[] = [];
  for (const claim of inView) {
    if (claim.label !== "Claim") continue;
    const p = claim.props;
    const link = article.get(claim.id);
    const a = link?.node.props ?? {};
    rows.push({
      claimId: claim.id,
      speakers: speakers.get(claim.id) ?? [],
      quote: str(p.text) || claim.name,
      kind: str(p.kind),
      targets: targets.get(claim.id) ?? [],
      articleId: str(p.articleId) || (link?.node.id ?? ""),
      articleTitle: str(p.articleTitle) || str(a.title),
      outlet: str(p.outlet) || str(a.source),
      date: (str(p.publishedAt) || str(a.publishedAt)).slice(0, 10),
      url: str(p.articleUrl) || str(a.url),
      start: num(p.quoteStart) ?? num(link?.edge.props.start),
      end: num(p.quoteEnd) ?? num(link?.edge.props.end),
      statementId: str(p.statementId),
      statementReports: num(p.statementReports),
      statementArticles: num(p.statementArticles),
      statementOutlets: num(p.statementOutlets),
      disputes: disputes.get(claim.id) ?? [],
      disputedBy: disputedBy.get(claim.id) ?? [],
    });
  }
  return rows;
}
