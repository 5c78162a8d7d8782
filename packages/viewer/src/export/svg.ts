/**
 * A small SVG writer for the graph as drawn: the same positions, colours, sizes and shapes per
 * type as the canvas, edges in their type's colour (SAID and ABOUT apart, as on the canvas) with
 * arrowheads, parallel edges between the same two nodes bent apart so none hides another, and
 * names as labels placed so they do not collide (a label with no free place is left to the node's
 * tooltip). Pure (string in, string out), so it also runs in the tests and the self-contained HTML export.
 */
import { EDGE_COLOURS } from "../canvas/style.js";
import type { ViewEdge, ViewNode } from "../graph/view.js";

export interface SvgInput {
  nodes: ViewNode[];
  edges: ViewEdge[];
  title: string;
}

const PADDING = 60;
const LABEL_MAX = 40;
/** Characters per label line, and the label's font metrics (11 px sans-serif). */
const LINE_CHARS = 24;
const LINE_HEIGHT = 13;
const CHAR_WIDTH = 6.2;
/** How far apart (px, at the middle) parallel edges between the same two nodes are drawn. */
const PARALLEL_GAP = 18;
const DEFAULT_EDGE = "#9aa0a6";

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

/** A name cut to LABEL_MAX characters and broken into lines of at most LINE_CHARS at spaces. */
export function labelLines(name: string): string[] {
  const text = name.length > LABEL_MAX ? `${name.slice(0, LABEL_MAX - 1)}…` : name;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > LINE_CHARS) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  // A single word longer than a line is cut rather than overflowing.
  return lines.map((l) => (l.length > LINE_CHARS + 4 ? `${l.slice(0, LINE_CHARS + 3)}…` : l));
}

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  lines: string[];
  /** Baseline of the first line; text is centred on `x`. */
  x: number;
  y: number;
  box: LabelBox;
}

const intersects = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where each node's label goes: below the node, else above it, else nowhere (the node keeps its
 * name as a tooltip). Bigger nodes and entities are placed first, so a hub's name wins over a
 * claim's. Labels never overlap one another or another node.
 */
export function placeLabels(nodes: ViewNode[]): PlacedLabel[] {
  const placed = nodes.filter((n) => n.position);
  const shapeBox = (n: ViewNode): LabelBox => {
    const p = n.position as { x: number; y: number };
    return { x: p.x - n.size / 2, y: p.y - n.size / 2, width: n.size, height: n.size };
  };
  // Every node's shape, then each label as it is placed; a label may touch its own node only.
  const taken: Array<{ owner: string; box: LabelBox }> = placed.map((n) => ({ owner: n.id, box: shapeBox(n) }));
  const order = [...placed].sort(
    (a, b) => Number(a.label === "Claim") - Number(b.label === "Claim") || b.size - a.size || a.id.localeCompare(b.id),
  );
  const out: PlacedLabel[] = [];
  for (const n of order) {
    const p = n.position as { x: number; y: number };
    const lines = labelLines(n.name);
    if (lines.length === 0) continue;
    const width = Math.max(...lines.map((l) => l.length)) * CHAR_WIDTH;
    const height = lines.length * LINE_HEIGHT;
    const below: LabelBox = { x: p.x - width / 2, y: p.y + n.size / 2 + 2, width, height };
    const above: LabelBox = { x: p.x - width / 2, y: p.y - n.size / 2 - 2 - height, width, height };
    const free = (box: LabelBox) => taken.every((t) => t.owner === n.id || !intersects(box, t.box));
    const box = free(below) ? below : free(above) ? above : null;
    if (!box) continue;
    taken.push({ owner: n.id, box });
    out.push({ id: n.id, lines, x: p.x, y: box.y + LINE_HEIGHT - 3, box });
  }
  return out;
}

/** Each edge's path: straight alone, bent apart when several join the same two nodes (either way). */
function edgePaths(edges: ViewEdge[], at: Map<string, { x: number; y: number }>, sizeOf: Map<string, number>) {
  const groups = new Map<string, ViewEdge[]>();
  for (const e of edges) {
    if (!at.has(e.source) || !at.has(e.target)) continue;
    const key = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const out: Array<{ edge: ViewEdge; d: string }> = [];
  for (const group of groups.values()) {
    group.forEach((e, i) => {
      const s = at.get(e.source) as { x: number; y: number };
      const t = at.get(e.target) as { x: number; y: number };
      // The bend is measured from the pair's canonical direction, so A→B and B→A bend apart too.
      const forward = e.source < e.target;
      const [a, b] = forward ? [s, t] : [t, s];
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len = Math.hypot(dx, dy) || 1;
      const nx = -dy / len;
      const ny = dx / len;
      const offset = (i - (group.length - 1) / 2) * PARALLEL_GAP * 2;
      const cx = (s.x + t.x) / 2 + nx * offset;
      const cy = (s.y + t.y) / 2 + ny * offset;
      // Stop at the target's border (towards the control point) so the arrowhead shows.
      const back = (sizeOf.get(e.target) ?? 0) / 2;
      const tdx = t.x - cx;
      const tdy = t.y - cy;
      const tlen = Math.hypot(tdx, tdy) || 1;
      const tx = t.x - (tdx / tlen) * back;
      const ty = t.y - (tdy / tlen) * back;
      out.push({
        edge: e,
        d:
          offset === 0
            ? `M${fmt(s.x)},${fmt(s.y)} L${fmt(tx)},${fmt(ty)}`
            : `M${fmt(s.x)},${fmt(s.y)} Q${fmt(cx)},${fmt(cy)} ${fmt(tx)},${fmt(ty)}`,
      });
    });
  }
  return out;
}

export const edgeColour = (type: string): string => EDGE_COLOURS[type] ?? DEFAULT_EDGE;

/** Only nodes with a position are drawn (and edges between them). */
export function toSvg(input: SvgInput): string {
  const placed = input.nodes.filter((n) => n.position);
  const at = new Map(placed.map((n) => [n.id, n.position as { x: number; y: number }]));
  const labels = placeLabels(placed);
  let x1 = 0;
  let y1 = 0;
  let x2 = 1;
  let y2 = 1;
  if (placed.length > 0) {
    const boxes: LabelBox[] = [
      ...placed.map((n) => {
        const p = n.position as { x: number; y: number };
        return { x: p.x - n.size / 2, y: p.y - n.size / 2, width: n.size, height: n.size };
      }),
      ...labels.map((l) => l.box),
    ];
    x1 = Math.min(...boxes.map((b) => b.x));
    y1 = Math.min(...boxes.map((b) => b.y));
    x2 = Math.max(...boxes.map((b) => b.x + b.width));
    y2 = Math.max(...boxes.map((b) => b.y + b.height));
  }
  const width = x2 - x1 + 2 * PADDING;
  const height = y2 - y1 + 2 * PADDING;
  const sizeOf = new Map(placed.map((n) => [n.id, n.size]));
  const paths = edgePaths(input.edges, at, sizeOf);
  const colours = [...new Set(paths.map((p) => edgeColour(p.edge.type)))];
  const marker = (colour: string) => `arrow-${colours.indexOf(colour)}`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${fmt(x1 - PADDING)} ${fmt(y1 - PADDING)} ${fmt(width)} ${fmt(height)}" width="${fmt(width)}" height="${fmt(height)}" font-family="sans-serif">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<defs>${colours
      .map(
        (c) =>
          `<marker id="${marker(c)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${escapeXml(c)}"/></marker>`,
      )
      .join("")}</defs>`,
    `<rect x="${fmt(x1 - PADDING)}" y="${fmt(y1 - PADDING)}" width="${fmt(width)}" height="${fmt(height)}" fill="#ffffff"/>`,
    '<g class="edges" fill="none">',
  ];
  for (const { edge, d } of paths) {
    const colour = edgeColour(edge.type);
    out.push(
      `<path d="${d}" stroke="${escapeXml(colour)}" stroke-width="${fmt(edge.width)}" marker-end="url(#${marker(colour)})" data-type="${escapeXml(edge.type)}"><title>${escapeXml(edge.type)}</title></path>`,
    );
  }
  out.push("</g>", '<g class="nodes" font-size="11" text-anchor="middle" fill="#333">');
  const labelOf = new Map(labels.map((l) => [l.id, l]));
  for (const n of placed) {
    const p = n.position as { x: number; y: number };
    const label = labelOf.get(n.id);
    const text = label
      ? `<text x="${fmt(label.x)}" y="${fmt(label.y)}">${label.lines
          .map((line, i) => `<tspan x="${fmt(label.x)}" dy="${i === 0 ? 0 : LINE_HEIGHT}">${escapeXml(line)}</tspan>`)
          .join("")}</text>`
      : "";
    out.push(`<g data-id="${escapeXml(n.id)}"><title>${escapeXml(n.name)}</title>${shape(n, p.x, p.y)}${text}</g>`);
  }
  out.push("</g>", "</svg>");
  return `${out.join("\n")}\n`;
}
