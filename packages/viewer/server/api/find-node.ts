/**
 * Cypher that binds `n` to the node whose `id` is $id, using the uniqueness index of each label
 * the id can belong to (ids carry their kind: person:, anon:, org:, or 32 hex for claims/articles).
 * Labels come only from the closed list in @claimgraph/schema.
 */
import { NODE_LABELS } from "@claimgraph/schema";

export function labelsForId(id: string): string[] {
  if (id.startsWith("person:") || id.startsWith("anon:")) return [NODE_LABELS.Person];
  if (id.startsWith("org:")) return [NODE_LABELS.Organization];
  return [NODE_LABELS.Claim, NODE_LABELS.Article, NODE_LABELS.Person, NODE_LABELS.Organization];
}

/** `CALL () { MATCH (n:Person {id: $id}) RETURN n UNION … }`: one row, or none when no node has that id. */
export function findNodeCypher(id: string): string {
  const branches = labelsForId(id).map((label) => `MATCH (n:${label} {id: $id}) RETURN n`);
  return `CALL () { ${branches.join(" UNION ")} } WITH n LIMIT 1`;
}
