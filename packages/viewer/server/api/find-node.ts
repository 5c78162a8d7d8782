/**
 * Cypher that binds `n` to the node whose `id` is $id, using the uniqueness index of each label
 * the id can belong to (ids carry their kind: person:, anon:, org:, or 32 hex for claims/articles).
 * A person's or organization's id that no node has any more (re-keyed by the name-key migration,
 * merged by a correction) is followed through its `IdAlias` to the node it became: one more index
 * seek, and only when the id itself found nothing. Labels come only from the closed list in
 * @claimgraph/schema.
 */
import { NODE_LABELS } from "@claimgraph/schema";

export function labelsForId(id: string): string[] {
  if (id.startsWith("person:") || id.startsWith("anon:")) return [NODE_LABELS.Person];
  if (id.startsWith("org:")) return [NODE_LABELS.Organization];
  return [NODE_LABELS.Claim, NODE_LABELS.Article, NODE_LABELS.Person, NODE_LABELS.Organization];
}

/**
 * The label of the node an alias of `id` can point at, or null when ids of its kind have no
 * aliases (claims and articles are never re-keyed). A node keeps its kind when its id changes.
 */
export function aliasLabelForId(id: string): string | null {
  const labels = labelsForId(id);
  return labels.length === 1 ? (labels[0] ?? null) : null;
}

/** `CALL () { MATCH (n:Person {id: $id}) RETURN n UNION … }`: one row, or none when no node has that id. */
export function findNodeCypher(id: string): string {
  return `${findNodeCall(id, "n", "id")} WITH n LIMIT 1`;
}

/**
 * The subquery alone: binds `variable` to the node whose id is `$param`, one row per label that
 * matches, else to the node its alias names. Both names are fixed by the caller (never input); two
 * calls find two nodes in one query. The node found carries its current id (`variable.id`), which
 * differs from `$param` when it was found through an alias.
 */
export function findNodeCall(id: string, variable: string, param: string): string {
  const branches = labelsForId(id).map((label) => `MATCH (${variable}:${label} {id: $${param}}) RETURN ${variable}`);
  const aliased = aliasLabelForId(id);
  if (aliased) {
    const alias = `${variable}Alias`;
    branches.push(
      `MATCH (${alias}:${NODE_LABELS.IdAlias} {id: $${param}}) WHERE NOT EXISTS { MATCH (:${aliased} {id: $${param}}) }
  MATCH (${variable}:${aliased} {id: ${alias}.to}) RETURN ${variable}`,
    );
  }
  return `CALL () { ${branches.join(" UNION ")} }`;
}
