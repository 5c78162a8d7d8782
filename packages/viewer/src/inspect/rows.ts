/**
 * The raw property rows of a node or edge, as Neo4j Browser's inspector lists them: identity rows
 * first (`<id>`, labels or type, ends), then every property sorted by key, values written as Cypher.
 * Pure. A who → whom edge (folded, not stored) lists its two ends and its claims.
 */
import type { GraphEdge, GraphNode } from "../../shared/api/contract.js";
import { formatCell } from "../query/format.js";

export interface PropertyRow {
  key: string;
  value: string;
  /** Identity rows (not stored properties) are set apart. */
  meta: boolean;
}

const meta = (key: string, value: string): PropertyRow => ({ key, value, meta: true });

function properties(props: Record<string, unknown>): PropertyRow[] {
  return Object.keys(props)
    .sort((a, b) => a.localeCompare(b))
    .map((key) => ({ key, value: formatCell(props[key], { max: 2_000, limit: 20_000 }), meta: false }));
}

export function nodeRows(node: GraphNode): PropertyRow[] {
  return [meta("<id>", node.id), meta("labels", node.labels.map((l) => `:${l}`).join(" ")), ...properties(node.props)];
}

export function edgeRows(edge: GraphEdge, nodes: Record<string, GraphNode>): PropertyRow[] {
  const end = (id: string) => `${nodes[id]?.name ?? id} (${id})`;
  return [
    meta("<id>", edge.id),
    meta("type", `:${edge.type}`),
    meta("from", end(edge.source)),
    meta("to", end(edge.target)),
    ...properties(edge.props),
  ];
}

/** A who → whom edge: `who:<source>-><target>`, its claims folded from SAID and ABOUT. */
export function whoEdgeRows(
  edge: { id: string; source: string; target: string; claims: string[] },
  nodes: Record<string, GraphNode>,
): PropertyRow[] {
  const end = (id: string) => `${nodes[id]?.name ?? id} (${id})`;
  return [
    meta("<id>", edge.id),
    meta("type", "claims by → about (folded, not stored)"),
    meta("from", end(edge.source)),
    meta("to", end(edge.target)),
    { key: "claims", value: String(edge.claims.length), meta: false },
    ...edge.claims.map((id, i) => ({ key: `claim ${i + 1}`, value: nodes[id]?.name ?? id, meta: false })),
  ];
}
