import {
  entityAliases,
  NODE_LABELS as L,
  nameKey,
  REL_TYPES as R,
  RECORD_ID_ALIASES,
  splitScopedId,
} from "@claimgraph/schema";
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { fromVariant } from "../statements/fingerprint.js";
import { speakerKey } from "../statements/speaker-key.js";
import type { EntityLabel } from "./entity-index.js";
import { anonymousId } from "./ids.js";
import { entityKey, keyWithoutTitles } from "./names.js";
import { readCorrections } from "./resolve/apply-corrections.js";
import { CREATE_WORDINGS } from "./statements/cypher.js";
import { bandValues } from "./statements/wording.js";

/**
 * The loader's name key before 2026-12-02, frozen here only to recognise the ids it made: it turned
 * punctuation into a space ("U.S." → "u s", "O’Rourke" → "o rourke", "AT&T" → "at t"), where the
 * project's one name key (@claimgraph/schema `nameKey`) drops it ("us", "orourke", "att").
 */
export function legacyNameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

/** A stored Person or Organization node, as the migration reads it. */
export interface StoredEntity {
  id: string;
  label: EntityLabel;
  anonymous: boolean;
  name: string;
  aliases: readonly string[];
}

/**
 * The id today's key gives a node whose id the legacy key made from one of its names; undefined
 * when its id is already today's (or was not made from its names). Pure.
 */
export function rekeyedId(entity: StoredEntity): string | undefined {
  if (entity.anonymous) {
    const match = /^anon:([^:]*):(.*)$/s.exec(entity.id);
    if (!match || match[2] !== (legacyNameKey(entity.name) || "unnamed source")) return undefined;
    const next = anonymousId(match[1] as string, nameKey(entity.name) || "unnamed source");
    return next === entity.id ? undefined : next;
  }
  const prefix = entity.label === "Person" ? "person:" : "org:";
  if (!entity.id.startsWith(prefix)) return undefined;
  const { base, article } =
    entity.label === "Person" ? splitScopedId(entity.id) : { base: entity.id, article: undefined };
  const key = base.slice(prefix.length);
  for (const form of [entity.name, ...entity.aliases]) {
    if (keyWithoutTitles(legacyNameKey(form), entity.label) !== key) continue;
    const next = entityKey(form, entity.label);
    if (next === key || next === "") return undefined;
    return article === undefined ? `${prefix}${next}` : `${prefix}${next}@${article}`;
  }
  return undefined;
}

/**
 * Names in which the two keys can differ: punctuation or a symbol between two letters or digits
 * ("U.S", "O’R", "T&T"). A Java regex for Cypher's `=~`; `rekeyedId` decides exactly.
 */
const MAY_DIFFER = "(?s).*[\\p{L}\\p{N}][^\\p{L}\\p{N}\\s\\p{Pd}/\\\\_]+[\\p{L}\\p{N}].*";

const CANDIDATES = `
MATCH (e)
WHERE (e:${L.Person} OR e:${L.Organization})
  AND any(form IN [e.name] + coalesce(e.aliases, []) WHERE form =~ $pattern)
RETURN e.id AS id, CASE WHEN e:${L.Person} THEN '${L.Person}' ELSE '${L.Organization}' END AS label,
       e:${L.Anonymous} AS anonymous, e.name AS name, coalesce(e.aliases, []) AS aliases`;

/** Nodes re-keyed per transaction. */
const CHUNK = 500;

/** One node's move from its legacy id to today's. */
interface Rekey {
  from: string;
  to: string;
  label: EntityLabel;
}

/**
 * Re-keys a graph written before the project had one name key, once, at the start of an ingest
 * (ensureSchema): every Person, Organization and unnamed-source node whose id the legacy key made
 * gets today's id — renamed when that id is free, merged into the node that has it otherwise (every
 * relationship moved with its properties, the names kept as aliases). The old id is kept in the
 * node's `formerIds` and becomes an `IdAlias` of the new one (@claimgraph/schema `id-alias.ts`), so
 * a snapshot or link that names it still finds the node. In the same transaction, the statements
 * spoken by it take the new speaker key (their LSH wordings are recomputed: band keys include the
 * speaker) and the analyst corrections that name it are rewritten. Then corrections whose node is
 * gone are re-keyed from the name they recorded. First, former ids that a migration before aliases
 * existed recorded only in `formerIds` get their alias (`aliasFormerIds`). Idempotent and safe to
 * interrupt: a re-keyed node no longer matches, and each chunk is one transaction. Returns the
 * nodes re-keyed.
 */
export async function migrateNameKeys(driver: Driver, database?: string): Promise<number> {
  await aliasFormerIds(driver, database);
  const session = driver.session({ database });
  let moved = 0;
  try {
    const found = await session.executeRead((tx) => tx.run(CANDIDATES, { pattern: MAY_DIFFER }));
    const rekeys: Rekey[] = [];
    for (const record of found.records) {
      const entity: StoredEntity = {
        id: record.get("id"),
        label: record.get("label"),
        anonymous: record.get("anonymous"),
        name: record.get("name") ?? "",
        aliases: record.get("aliases"),
      };
      const to = rekeyedId(entity);
      if (to !== undefined) rekeys.push({ from: entity.id, to, label: entity.label });
    }
    for (let i = 0; i < rekeys.length; i += CHUNK) {
      const chunk = rekeys.slice(i, i + CHUNK);
      await session.executeWrite(async (tx) => {
        for (const rekey of chunk) await moveNode(tx, rekey);
        await rekeyStatements(tx, chunk);
        await rekeyCorrections(tx, chunk);
      });
      moved += chunk.length;
    }
  } finally {
    await session.close();
  }
  await rekeyOrphanCorrections(driver, database);
  return moved;
}

/** Renames the node when its new id is free, else merges it into the node that has it. */
async function moveNode(tx: ManagedTransaction, { from, to, label }: Rekey): Promise<void> {
  const node = L[label];
  const renamed = await tx.run(
    `MATCH (e:${node} {id: $from})
     WHERE NOT EXISTS { MATCH (:${node} {id: $to}) }
     SET e.id = $to, e.formerIds = coalesce(e.formerIds, []) + $from
     RETURN count(e) AS n`,
    { from, to },
  );
  if (Number(renamed.records[0]?.get("n") ?? 0) > 0) {
    await tx.run(RECORD_ID_ALIASES, { aliases: [{ from, to }] });
    return;
  }
  const pair = `MATCH (f:${node} {id: $from}) MATCH (t:${node} {id: $to})`;
  const names = await tx.run(
    `${pair} RETURN t.name AS name, coalesce(t.aliases, []) + [f.name] + coalesce(f.aliases, []) AS forms`,
    { from, to },
  );
  const merged = names.records[0];
  if (!merged) return;
  for (const statement of MERGE_EDGES) await tx.run(`${pair}\n${statement}`, { from, to });
  const { aliases, searchText } = entityAliases(merged.get("name"), merged.get("forms"));
  await tx.run(
    `${pair}
     SET t.aliases = $aliases, t.searchText = $searchText, t.kind = coalesce(t.kind, f.kind),
         t.formerIds = coalesce(t.formerIds, []) + coalesce(f.formerIds, []) + f.id
     DETACH DELETE f`,
    { from, to, aliases, searchText },
  );
  // f's own former ids pointed at f: RECORD_ID_ALIASES moves them on to t with it.
  await tx.run(RECORD_ID_ALIASES, { aliases: [{ from, to }] });
}

/** Former ids without an alias: the index on `formerIds` gives only nodes that have the list. */
export const UNALIASED = `
CALL () {
  MATCH (e:${L.Person}) WHERE e.formerIds IS NOT NULL RETURN e
  UNION ALL
  MATCH (e:${L.Organization}) WHERE e.formerIds IS NOT NULL RETURN e
}
UNWIND e.formerIds AS old
WITH e, old
WHERE old <> e.id AND NOT EXISTS { MATCH (:${L.IdAlias} {id: old}) }
RETURN DISTINCT old AS from, e.id AS to`;

/**
 * Gives every former id in a node's `formerIds` its `IdAlias` when it has none (graphs re-keyed
 * before aliases existed). The check reads only the nodes that have former ids, through the
 * `formerIds` range indexes, with one alias seek per former id: nothing to write on a current graph.
 * Returns the aliases written.
 */
export async function aliasFormerIds(driver: Driver, database?: string): Promise<number> {
  const found = await driver.executeQuery(UNALIASED, {}, { database, routing: "READ" });
  const aliases = found.records.map((r) => ({ from: r.get("from") as string, to: r.get("to") as string }));
  for (let i = 0; i < aliases.length; i += CHUNK) {
    await driver.executeQuery(RECORD_ID_ALIASES, { aliases: aliases.slice(i, i + CHUNK) }, { database });
  }
  return aliases.length;
}

/** Every relationship an entity node can have (the closed list), moved from `f` to `t` with its properties. */
const MERGE_EDGES: readonly string[] = [
  `MATCH (f)-[r:${R.MENTIONED_IN}]->(a) CREATE (t)-[s:${R.MENTIONED_IN}]->(a) SET s = properties(r) DELETE r`,
  ...[R.SAID, R.ABOUT, R.VIA].map(
    (type) => `MATCH (f)<-[r:${type}]-(c) MERGE (c)-[s:${type}]->(t) SET s += properties(r) DELETE r`,
  ),
  `MATCH (f)-[r:${R.AFFILIATED_WITH}]->(o) CREATE (t)-[s:${R.AFFILIATED_WITH}]->(o) SET s = properties(r) DELETE r`,
  `MATCH (f)<-[r:${R.AFFILIATED_WITH}]-(p) CREATE (p)-[s:${R.AFFILIATED_WITH}]->(t) SET s = properties(r) DELETE r`,
  `MATCH (f)-[r:${R.POSSIBLY_SAME_AS}]->(x) WHERE x <> t
   CREATE (t)-[s:${R.POSSIBLY_SAME_AS}]->(x) SET s = properties(r) DELETE r`,
  `MATCH (f)<-[r:${R.POSSIBLY_SAME_AS}]-(x) WHERE x <> t
   CREATE (x)-[s:${R.POSSIBLY_SAME_AS}]->(t) SET s = properties(r) DELETE r`,
];

/**
 * Statements whose speaker key came from a re-keyed id take the new key; their wordings are made
 * again from their stored variants (a band key includes the speaker key), and their speaker locks follow.
 */
async function rekeyStatements(tx: ManagedTransaction, rekeys: readonly Rekey[]): Promise<void> {
  const keys = new Map<string, string>();
  for (const { from, to } of rekeys)
    if (speakerKey(from) !== speakerKey(to)) keys.set(speakerKey(from), speakerKey(to));
  if (keys.size === 0) return;
  const olds = [...keys.keys()];
  const found = await tx.run(
    `MATCH (s:${L.Statement}) WHERE s.speakerKey IN $olds
     RETURN s.id AS id, s.speakerKey AS speakerKey, coalesce(s.variants, []) AS variants`,
    { olds },
  );
  const statements: { id: string; speakerKey: string }[] = [];
  const wordings: { statement: string; bands: unknown[] }[] = [];
  for (const record of found.records) {
    const id = record.get("id") as string;
    const next = keys.get(record.get("speakerKey")) as string;
    statements.push({ id, speakerKey: next });
    for (const variant of record.get("variants") as string[]) {
      const { keys: bands } = fromVariant(variant, next);
      if (bands.length > 0) wordings.push({ statement: id, bands: bandValues(bands) });
    }
  }
  if (statements.length > 0) {
    await tx.run(
      `UNWIND $statements AS row
       MATCH (s:${L.Statement} {id: row.id})
       SET s.speakerKey = row.speakerKey
       WITH s
       MATCH (w:${L.Wording} {statement: s.id})
       DELETE w`,
      { statements },
    );
    if (wordings.length > 0) await tx.run(CREATE_WORDINGS, { rows: wordings });
  }
  const locks = Object.fromEntries(keys);
  await tx.run(
    `MATCH (k:${L.SpeakerLock}) WHERE k.key IN $olds
     OPTIONAL MATCH (taken:${L.SpeakerLock} {key: $locks[k.key]})
     WITH k, taken
     FOREACH (_ IN CASE WHEN taken IS NULL THEN [1] ELSE [] END | SET k.key = $locks[k.key])
     FOREACH (_ IN CASE WHEN taken IS NULL THEN [] ELSE [1] END | DELETE k)`,
    { olds, locks },
  );
}

/** Corrections naming a re-keyed node (by its base id: corrections never keep `@article`) follow it. */
async function rekeyCorrections(tx: ManagedTransaction, rekeys: readonly Rekey[]): Promise<void> {
  const bases: Record<string, string> = {};
  for (const { from, to } of rekeys) {
    if (from.startsWith("anon:")) continue;
    const old = splitScopedId(from).base;
    const next = splitScopedId(to).base;
    if (old !== next) bases[old] = next;
  }
  if (Object.keys(bases).length === 0) return;
  await tx.run(
    `MATCH (c:${L.Correction})
     WHERE c.entity IN keys($bases) OR c.target IN keys($bases)
     SET c.entity = coalesce($bases[c.entity], c.entity), c.target = coalesce($bases[c.target], c.target)`,
    { bases },
  );
}

/** A correction whose node no longer exists (a merge moved all of it) is re-keyed from the name it recorded. */
async function rekeyOrphanCorrections(driver: Driver, database: string | undefined): Promise<void> {
  const rows: { id: string; entity: string }[] = [];
  for (const c of await readCorrections(driver, database)) {
    const to = rekeyedId({ id: c.entity, label: c.label, anonymous: false, name: c.name, aliases: [] });
    if (to !== undefined) rows.push({ id: c.id, entity: to });
  }
  if (rows.length === 0) return;
  await driver.executeQuery(
    `UNWIND $rows AS row MATCH (c:${L.Correction} {id: row.id}) SET c.entity = row.entity`,
    { rows },
    { database },
  );
}
