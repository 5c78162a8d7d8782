/**
 * Neo4j driver values → plain JSON, and Neo4j nodes/relationships → the viewer's graph payload.
 * Nothing outside server/neo4j sees a driver type.
 */
import neo4j, { type Node, type Path, type Relationship } from "neo4j-driver";
import {
  type DrawnLabel,
  edgeId,
  type GraphEdge,
  type GraphNode,
  type GraphPayload,
} from "../../shared/api/contract.js";

/** Properties never sent to the browser in graph payloads (large or internal). */
const HIDDEN_PROPS = new Set(["text", "searchText", "body"]);
/** A saved snapshot shows only these: its sealed content is of no use without the link's key, and large. */
const SNAPSHOT_VISIBLE = new Set(["id", "version", "createdAt"]);
const CAPTION_LENGTH = 80;

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const int = value as { inSafeRange(): boolean; toNumber(): number; toString(): string };
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (isNode(value)) return { id: nodeKey(value), labels: value.labels, properties: nodeProps(value) };
  if (isRelationship(value)) return { type: value.type, properties: plainProps(value.properties) };
  if (isPath(value)) return { path: value.segments.map((s) => toPlain(s.relationship)) };
  if (isTemporal(value)) return String(value);
  if (typeof value === "object") return plainProps(value as Record<string, unknown>);
  return value;
}

/** A node's properties as plain JSON; a Snapshot keeps only its id, version and date. */
function nodeProps(node: Node): Record<string, unknown> {
  if (!node.labels.includes("Snapshot")) return plainProps(node.properties);
  return plainProps(Object.fromEntries(Object.entries(node.properties).filter(([key]) => SNAPSHOT_VISIBLE.has(key))));
}

function plainProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(props)) out[key] = toPlain(v);
  return out;
}

function isNode(value: unknown): value is Node {
  return neo4j.isNode(value as object);
}
function isRelationship(value: unknown): value is Relationship {
  return neo4j.isRelationship(value as object);
}
function isPath(value: unknown): value is Path {
  return neo4j.isPath(value as object);
}
function isTemporal(value: unknown): boolean {
  const v = value as object;
  return (
    neo4j.isDate(v) ||
    neo4j.isDateTime(v) ||
    neo4j.isLocalDateTime(v) ||
    neo4j.isTime(v) ||
    neo4j.isLocalTime(v) ||
    neo4j.isDuration(v)
  );
}

/** Our stable `id` property when present (every claim-graph label has one), else Neo4j's element id. */
export function nodeKey(node: Node): string {
  const id = node.properties.id;
  return typeof id === "string" && id ? id : `element:${node.elementId}`;
}

export function drawnLabel(labels: readonly string[]): DrawnLabel {
  for (const label of ["Claim", "Article", "Organization", "Person"] as const) if (labels.includes(label)) return label;
  return "Other";
}

/** "seeds/000_b2a3.txt" → "000_b2a3.txt": an untitled article is named after its source. */
function fileName(sourceKey: unknown): string {
  return typeof sourceKey === "string" ? (sourceKey.split(/[\\/]/).pop() ?? sourceKey) : "";
}

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and invisible
 * zero-width characters removed: a name in an article could otherwise reverse or hide the text shown
 * around it. Only for what is displayed as a caption; texts with offsets are never changed.
 */
export function displayText(text: string): string {
  return text.replace(/[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/g, "");
}

export function caption(label: DrawnLabel, props: Record<string, unknown>): string {
  const raw =
    label === "Claim" ? props.text : label === "Article" ? props.title || fileName(props.sourceKey) : props.name;
  const text = displayText(typeof raw === "string" && raw ? raw : String(props.id ?? ""));
  return text.length > CAPTION_LENGTH ? `${text.slice(0, CAPTION_LENGTH - 1)}…` : text;
}

export function toGraphNode(node: Node, extra: Record<string, unknown> = {}): GraphNode {
  const label = drawnLabel(node.labels);
  const all = nodeProps(node);
  const props: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(all))
    if (!HIDDEN_PROPS.has(key) || (label === "Claim" && key === "text")) props[key] = v;
  Object.assign(props, extra);
  return { id: nodeKey(node), label, labels: [...node.labels], name: caption(label, all), props };
}

export function toGraphEdge(rel: Relationship, source: string, target: string): GraphEdge {
  const props = plainProps(rel.properties);
  return { id: edgeId(rel.type, source, target, props), source, target, type: rel.type, props };
}

/** Collects every node, relationship and path found anywhere in a result into a graph payload. */
export class GraphCollector {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly keyByElementId = new Map<string, string>();
  private readonly rels = new Map<string, Relationship>();

  add(value: unknown): void {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      for (const v of value) this.add(v);
    } else if (isNode(value)) {
      this.addNode(value);
    } else if (isRelationship(value)) {
      this.rels.set(value.elementId, value);
    } else if (isPath(value)) {
      this.addNode(value.start);
      for (const segment of value.segments) {
        this.addNode(segment.end);
        this.rels.set(segment.relationship.elementId, segment.relationship);
      }
    } else if (typeof value === "object" && !neo4j.isInt(value) && !isTemporal(value)) {
      for (const v of Object.values(value as Record<string, unknown>)) this.add(v);
    }
  }

  /** Neo4j element ids of the nodes collected so far. */
  nodeElementIds(): string[] {
    return [...this.keyByElementId.keys()];
  }

  addNode(node: Node, extra: Record<string, unknown> = {}): string {
    const graphNode = toGraphNode(node, extra);
    const existing = this.nodes.get(graphNode.id);
    this.nodes.set(graphNode.id, existing ? { ...existing, props: { ...existing.props, ...extra } } : graphNode);
    this.keyByElementId.set(node.elementId, graphNode.id);
    return graphNode.id;
  }

  /**
   * Relationships whose two ends are not in the result are left out of the graph (they stay in the
   * table). With `maxBytes`, nodes and edges stop where their JSON would pass it (`cut` says so).
   */
  graph(maxBytes = Number.POSITIVE_INFINITY): GraphPayload & { cut: boolean } {
    const nodes: GraphNode[] = [];
    let bytes = 0;
    let cut = false;
    for (const node of this.nodes.values()) {
      const size = Number.isFinite(maxBytes) ? JSON.stringify(node).length : 0;
      if (bytes + size > maxBytes) {
        cut = true;
        break;
      }
      bytes += size;
      nodes.push(node);
    }
    const kept = new Set(nodes.map((n) => n.id));
    const edges = new Map<string, GraphEdge>();
    for (const rel of this.rels.values()) {
      const source = this.keyByElementId.get(rel.startNodeElementId);
      const target = this.keyByElementId.get(rel.endNodeElementId);
      if (!source || !target || !kept.has(source) || !kept.has(target)) continue;
      const edge = toGraphEdge(rel, source, target);
      const size = Number.isFinite(maxBytes) ? JSON.stringify(edge).length : 0;
      if (bytes + size > maxBytes) {
        cut = true;
        break;
      }
      bytes += size;
      edges.set(edge.id, edge);
    }
    return { nodes, edges: [...edges.values()], cut };
  }
}
