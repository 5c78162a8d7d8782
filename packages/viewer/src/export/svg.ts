/**
 * A small SVG writer for the graph as drawn: the same positions, colours, sizes and shapes per
 * type as the canvas, edges as lines with arrowheads, names as labels. Pure (string in, string out),
 * so it also runs in the tests and the self-contained HTML export.
 */
import type { ViewEdge, ViewNode } from "../graph/view.js";

export interface SvgInput {
  nodes: ViewNode[];
  edges: ViewEdge[];
  title: string;
}

const PADDING = 60;
const LABEL_MAX = 40;

export function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

function polygon(x: number, y: number, r: number, corners: number, rotate: number): string {
  const pts: string[] = [];
  for (let i = 0; i < corners; i++) {
    const a = rotate + (i * 2 * Math.PI) / corners;
    pts.push(`${fmt(x + r * Math.cos(a))},${fmt(y + r * Math.sin(a))}`);
  }
  return pts.join(" ");
}

function shape(node: ViewNode, x: number, y: number): string {
  const r = node.size / 2;
  const fill = `fill="${escapeXml(node.colour)}"`;
  const stroke = node.pinned ? ' stroke="#222" stroke-width="2"' : ' stroke="#fff" stroke-width="1"';
  switch (node.label) {
    case "Organization":
      return `<polygon points="${polygon(x, y, r, 6, 0)}" ${fill}${stroke}/>`;
    case "Claim":
      return `<polygon points="${polygon(x, y, r, 4, 0)}" ${fill}${stroke}/>`;
    case "Article":
      return `<rect x="${fmt(x - r)}" y="${fmt(y - r * 0.7)}" width="${fmt(2 * r)}" height="${fmt(1.4 * r)}" rx="3" ${fill}${stroke}/>`;
    default:
      return `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(r)}" ${fill}${stroke}/>`;
  }
}

/** Only nodes with a position are drawn (and edges between them). */
export function toSvg(input: SvgInput): string {
  const placed = input.nodes.filter((n) => n.position);
  const at = new Map(placed.map((n) => [n.id, n.position as { x: number; y: number }]));
  let x1 = 0;
  let y1 = 0;
  let x2 = 1;
  let y2 = 1;
  if (placed.length > 0) {
    x1 = Math.min(...placed.map((n) => (n.position?.x ?? 0) - n.size / 2));
    y1 = Math.min(...placed.map((n) => (n.position?.y ?? 0) - n.size / 2));
    x2 = Math.max(...placed.map((n) => (n.position?.x ?? 0) + n.size / 2));
    y2 = Math.max(...placed.map((n) => (n.position?.y ?? 0) + n.size / 2 + 14));
  }
  const width = x2 - x1 + 2 * PADDING;
  const height = y2 - y1 + 2 * PADDING;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${fmt(x1 - PADDING)} ${fmt(y1 - PADDING)} ${fmt(width)} ${fmt(height)}" width="${fmt(width)}" height="${fmt(height)}" font-family="sans-serif">`,
    `<title>${escapeXml(input.title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#9aa0a6"/></marker></defs>',
    `<rect x="${fmt(x1 - PADDING)}" y="${fmt(y1 - PADDING)}" width="${fmt(width)}" height="${fmt(height)}" fill="#ffffff"/>`,
    '<g class="edges" stroke="#9aa0a6" fill="none">',
  ];
  const sizeOf = new Map(placed.map((n) => [n.id, n.size]));
  for (const e of input.edges) {
    const s = at.get(e.source);
    const t = at.get(e.target);
    if (!s || !t) continue;
    // Stop the line at the target's edge so the arrowhead shows.
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const len = Math.hypot(dx, dy) || 1;
    const back = (sizeOf.get(e.target) ?? 0) / 2;
    const tx = t.x - (dx / len) * back;
    const ty = t.y - (dy / len) * back;
    out.push(
      `<line x1="${fmt(s.x)}" y1="${fmt(s.y)}" x2="${fmt(tx)}" y2="${fmt(ty)}" stroke-width="${fmt(e.width)}" marker-end="url(#arrow)"><title>${escapeXml(e.type)}</title></line>`,
    );
  }
  out.push("</g>", '<g class="nodes" font-size="11" text-anchor="middle" fill="#333">');
  for (const n of placed) {
    const p = n.position as { x: number; y: number };
    const label = n.name.length > LABEL_MAX ? `${n.name.slice(0, LABEL_MAX - 1)}…` : n.name;
    out.push(
      `<g data-id="${escapeXml(n.id)}">${shape(n, p.x, p.y)}<text x="${fmt(p.x)}" y="${fmt(p.y + n.size / 2 + 12)}">${escapeXml(label)}</text></g>`,
    );
  }
  out.push("</g>", "</svg>");
  return `${out.join("\n")}\n`;
}
