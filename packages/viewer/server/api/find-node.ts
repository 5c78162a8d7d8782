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
  return `${findNodeCall(id, "n", "id")} WITH n LIMIT 1`;
}

/**
 * The subquery alone: binds `variable` to the node whose id is `$param`, one row per label that
 * matches. Both names are fixed by the caller (never input); two calls find two nodes in one query.
 */
export function findNodeCall(id: string, variable: string, param: string): string {
  const branches = labelsForId(id).map((label) => `MATCH (${variable}:${label} {id: $${param}}) RETURN ${variable}`);
  return `CALL () { ${branches.join(" UNION ")} }`;
}
