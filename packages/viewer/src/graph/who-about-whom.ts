/** Folds claims into speaker → target edges weighted by how many claims connect them. */
import type { GraphEdge, GraphNode } from "../../shared/api/contract.js";

export interface WhoEdge {
  id: string;
  source: string;
  target: string;
  /** The claims behind this edge, in a stable order. */
  claims: string[];
}

/**
 * For every claim that passes `keepClaim`: each speaker (SAID) × each target (ABOUT) gives one
 * contribution to the edge speaker → target. Claims with no speaker or no target contribute nothing.
 */
export function foldClaims(
  nodes: Record<string, GraphNode>,
  edges: Iterable<GraphEdge>,
  keepClaim: (claim: GraphNode) => boolean = () => true,
): WhoEdge[] {
  const speakers = new Map<string, string[]>();
  const targets = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.type === "SAID" && nodes[edge.target]?.label === "Claim") {
      speakers.set(edge.target, [...(speakers.get(edge.target) ?? []), edge.source]);
    } else if (edge.type === "ABOUT" && nodes[edge.source]?.label === "Claim") {
      targets.set(edge.source, [...(targets.get(edge.source) ?? []), edge.target]);
    }
  }
  const folded = new Map<string, WhoEdge>();
  for (const [claimId, who] of speakers) {
    const claim = nodes[claimId];
    if (!claim || !keepClaim(claim)) continue;
    for (const source of who) {
      for (const target of targets.get(claimId) ?? []) {
        const id = `who:${source}->${target}`;
        const edge = folded.get(id) ?? { id, source, target, claims: [] };
        if (!edge.claims.includes(claimId)) edge.claims.push(claimId);
        folded.set(id, edge);
      }
    }
  }
  for (const edge of folded.values()) edge.claims.sort();
  return [...folded.values()].sort((a, b) => b.claims.length - a.claims.length || a.id.localeCompare(b.id));
}
