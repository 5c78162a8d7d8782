import { REL_TYPES as R } from "./graph.js";

/**
 * A person's or organization's `aliases` and `searchText` (what the fulltext index searches), in
 * one place for the loader and the corrections: the aliases are its distinct forms other than its
 * name, sorted by code unit; the search text is the name and the aliases with " | " between.
 */
export function entityAliases(name: string, forms: readonly string[]): { aliases: string[]; searchText: string } {
  const aliases = [...new Set(forms)].filter((f) => f !== name).sort();
  return { aliases, searchText: [name, ...aliases].join(" | ") };
}

/**
 * Cypher, the same as `entityAliases`, that sets entity node `e`'s aliases and searchText from the
 * forms `formsCypher` lists one per row as `form`, in a subquery importing `scope` (which has `e`).
 */
export function setEntityAliases(scope: string, formsCypher: string): string {
  return `CALL (${scope}) {
  ${formsCypher}
  WITH DISTINCT form WHERE form <> e.name
  ORDER BY form
  RETURN collect(form) AS aliases
}
SET e.aliases = aliases, e.searchText = reduce(s = e.name, a IN aliases | s + ' | ' + a)`;
}

/** Sets entity node `e`'s aliases and searchText from the forms of its mentions (after a merge or a move). */
export const SET_ALIASES_FROM_MENTIONS = setEntityAliases(
  "e",
  `OPTIONAL MATCH (e)-[m:${R.MENTIONED_IN}]->()
  UNWIND coalesce(m.forms, []) AS form`,
);
