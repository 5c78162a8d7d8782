import { NODE_LABELS as L } from "@claimgraph/schema";

/**
 * A Cypher subquery: the person or organization whose id is $id, never an unnamed source, as `n`
 * with its `label` — the node an analyst's correction can name.
 */
export const NAMED_ENTITY = `CALL () {
  MATCH (n:${L.Person} {id: $id}) WHERE NOT n:${L.Anonymous} RETURN n, '${L.Person}' AS label
  UNION
  MATCH (n:${L.Organization} {id: $id}) RETURN n, '${L.Organization}' AS label
}`;
