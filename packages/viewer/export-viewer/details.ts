/** What the HTML export's side panel says about a clicked node: pure HTML strings from snapshot data. */
import type { GraphEdge, GraphNode } from "../shared/api/contract.js";
import { type ClaimRow, claimRows } from "../src/export/rows.js";
import { escapeXml as esc } from "../src/export/svg.js";

export function claimPanel(claim: GraphNode, nodes: Record<string, GraphNode>, edges: GraphEdge[]): string {
  const row = claimRows([claim], nodes, edges)[0];
  if (!row) return "";
  const source = [row.outlet, row.date].filter(Boolean).map(esc).join(" · ");
  const where =
    row.articleId && row.start !== null && row.end !== null
      ? `<p class="meta" data-testid="quote-location">Characters ${row.start}–${row.end} of article ${esc(row.articleId)}</p>`
      : "";
  const article = row.articleTitle
    ? `<p data-testid="article"><span class="meta">From</span> <cite>${esc(row.articleTitle)}</cite>${source ? `<br><span class="meta">${source}</span>` : ""}${row.url ? `<br><span class="meta">${esc(row.url)}</span>` : ""}</p>`
    : `<p class="meta" data-testid="article">${source || "The article is not named in this snapshot."}</p>`;
  return `<h2>${esc(row.speakers.join(", ") || "Unknown speaker")}</h2>
<blockquote data-testid="quote">${esc(row.quote)}</blockquote>
<p class="meta">${esc(row.kind)} claim${row.targets.length ? ` about ${esc(row.targets.join(", "))}` : ""}</p>
${article}${where}${statementLines(row, nodes)}`;
}

/** The statement the claim reports and the disputes on the canvas, as the snapshot carries them (issue 18). */
function statementLines(row: ClaimRow, nodes: Record<string, GraphNode>): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const statement =
    row.statementId && row.statementReports !== null
      ? `<p class="meta" data-testid="statement">Statement ${esc(row.statementId)}: reported ${plural(row.statementReports, "time")}${row.statementOutlets !== null ? ` by ${plural(row.statementOutlets, "outlet")}` : ""}${row.statementArticles !== null ? ` in ${plural(row.statementArticles, "article")}` : ""}</p>`
      : "";
  const names = (ids: string[]) => ids.map((id) => `<li>${esc(nodes[id]?.name ?? id)}</li>`).join("");
  const disputes = row.disputes.length ? `<h3>Disputes</h3><ul data-testid="disputes">${names(row.disputes)}</ul>` : "";
  const disputedBy = row.disputedBy.length
    ? `<h3>Disputed by</h3><ul data-testid="disputed-by">${names(row.disputedBy)}</ul>`
    : "";
  return statement + disputes + disputedBy;
}

export function entityPanel(entity: GraphNode, nodes: Record<string, GraphNode>, edges: GraphEdge[]): string {
  const said = edges.filter((e) => e.type === "SAID" && e.source === entity.id).map((e) => nodes[e.target]);
  const about = edges.filter((e) => e.type === "ABOUT" && e.target === entity.id).map((e) => nodes[e.source]);
  const list = (claims: Array<GraphNode | undefined>) =>
    claims
      .filter((c): c is GraphNode => c?.label === "Claim")
      .map((c) => `<li>${esc(typeof c.props.text === "string" ? c.props.text : c.name)}</li>`)
      .join("");
  return `<h2>${esc(entity.name)}</h2><p class="meta">${esc(entity.label)}</p>
<h3>Said (${said.length})</h3><ul>${list(said)}</ul>
<h3>Claims about (${about.length})</h3><ul>${list(about)}</ul>`;
}
