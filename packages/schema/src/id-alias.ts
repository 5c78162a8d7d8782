import { NODE_LABELS as L } from "./graph.js";

/**
 * Former ids of people and organizations. A node's id is made from its name key, so a node can lose
 * its id: the name-key migration renames it or merges it into the node that has its new id, a
 * correction or the end-of-run pass moves all of a node's mentions onto another node and deletes
 * it. Snapshots and shared links keep naming the old id; an `IdAlias {id: old, to: current}` lets
 * the viewer find the node it became with one index seek (the uniqueness constraint on `id`).
 *
 * An alias is consulted only when no node has the id (a node that comes back wins over its alias),
 * and it always points at the node itself, never at another alias: whoever moves a node away runs
 * `RECORD_ID_ALIASES`, which also re-points the aliases that pointed at it (an index on `to`). An
 * alias whose node was deleted without a successor (its articles purged) finds nothing. Aliases
 * are outside the claim graph: `--reset` keeps them, as it keeps corrections (ids are name keys, so
 * a re-ingested corpus gives the same ids back).
 */

/** The alias constraint and the index on `to` (the loader's `ensureSchema` and the viewer's correction store both ensure them). */
export const ID_ALIAS_SCHEMA: readonly string[] = [
  `CREATE CONSTRAINT id_alias_id IF NOT EXISTS FOR (n:${L.IdAlias}) REQUIRE n.id IS UNIQUE`,
  `CREATE INDEX id_alias_to IF NOT EXISTS FOR (n:${L.IdAlias}) ON (n.to)`,
];

/**
 * Cypher that records, for each `row` that `rows` (Cypher) binds, that the node `row.from` has gone
 * into the live node `row.to` (renamed to it, or merged into it): `from` becomes an alias of `to`,
 * and aliases that pointed at `from` follow it to `to` (so a lookup is one hop, whatever the chain:
 * A renamed to B, B later merged into C gives A → C, B → C). A cycle (A → B, then B goes back into a
 * node A) ends in no alias for `A`, the live node. Each clause applies to all rows before the next,
 * so a chain within one call (X → Y, Y → Z) comes out right in any order. Idempotent.
 */
export function recordIdAliases(rows: string): string {
  return `${rows}
WITH row WHERE row.from <> row.to
MERGE (a:${L.IdAlias} {id: row.from})
SET a.to = row.to
WITH row
CALL (row) {
  MATCH (b:${L.IdAlias} {to: row.from})
  SET b.to = row.to
}
CALL (row) {
  MATCH (c:${L.IdAlias} {id: row.to, to: row.to})
  DELETE c
}`;
}

/** `recordIdAliases` run with `{aliases: [{from, to}]}`. */
export const RECORD_ID_ALIASES = recordIdAliases("UNWIND $aliases AS row");

/**
 * The current id of a former one: one index seek; no row when there is no alias. Callers look the
 * id up as a node first (a node wins over an alias of its id).
 */
export const CURRENT_ID = `MATCH (a:${L.IdAlias} {id: $id}) RETURN a.to AS id`;
