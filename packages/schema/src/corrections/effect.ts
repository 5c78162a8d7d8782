import { SET_ALIASES_FROM_MENTIONS } from "../aliases.js";
import { NODE_LABELS as L, REL_TYPES as R } from "../graph.js";
import { recordIdAliases } from "../id-alias.js";
import { type CorrectionLabel, type CorrectionRecord, correctionReason } from "./record.js";

/**
 * What a correction does to the graph, as parameterised Cypher: the one definition that both
 * writers run — the viewer's server when an analyst records or undoes a correction, the loader at
 * the end of every ingest (for corrections recorded while it ran). Idempotent: applying an applied
 * correction finds nothing to move. Labels come from the closed lists; every value is a parameter.
 *
 * The unit moved is one node's mention of one article: its MENTIONED_IN edge and the SAID, ABOUT,
 * VIA and AFFILIATED_WITH edges of that article's claims and affiliations. A moved edge carries
 * `correction` (the record's id) so an undo moves back exactly what the correction moved (or what
 * an ingest put there because of it); `MENTIONED_IN.before` keeps the reason it replaced.
 *
 * A runner: `find` (with `params`) returns rows `{from, to, article, name, only}`; when there are
 * any, each of `moves` runs with `{rows, correction, how, undo}`; then each of `after` with `params`.
 */
export interface CorrectionPlan {
  find: string | null;
  params: Record<string, unknown>;
  moves: readonly string[];
  after: readonly string[];
  correction: string | null;
  how: string | null;
  undo: boolean;
}

export type CorrectionMode = "apply" | "undo";

export function correctionPlan(c: CorrectionRecord, mode: CorrectionMode): CorrectionPlan {
  const undo = mode === "undo";
  const params = {
    id: c.id,
    entity: c.entity,
    target: c.target,
    sourceKey: c.sourceKey,
    name: c.name,
    score: c.score,
    evidence: c.evidence,
  };
  const base = { params, correction: undo ? null : c.id, how: undo ? null : correctionReason(c), undo };
  const moves = moveStatements(c.label);
  switch (c.kind) {
    case "merge":
    case "confirm":
      return {
        ...base,
        find: undo ? FIND.undoMerge(c.label) : c.sourceKey === null ? FIND.whole(c.label) : FIND.scoped(c.label),
        moves,
        after: undo && c.kind === "confirm" ? [RESTORE_POSSIBLE] : [],
      };
    case "split":
      return { ...base, find: undo ? FIND.undoSplit(c.label) : FIND.split(c.label), moves, after: [] };
    case "reject":
      return { ...base, find: null, moves: [], after: [undo ? RESTORE_POSSIBLE : DELETE_POSSIBLE] };
  }
}

const ROW = "row.only AS only";

const FIND = {
  /** Every mention of a node (merge of a corpus node). */
  whole: (l: CorrectionLabel) => `
MATCH (f:${L[l]} {id: $entity})-[:${R.MENTIONED_IN}]->(a:${L.Article})
WITH DISTINCT f, a, {only: null} AS row
RETURN f.id AS from, $target AS to, a.id AS article, f.name AS name, ${ROW}`,
  /** The article-scoped node of the article under `sourceKey` (merge or confirm of a kept short form). */
  scoped: (l: CorrectionLabel) => `
MATCH (a:${L.Article} {sourceKey: $sourceKey})
MATCH (f:${L[l]} {id: $entity + '@' + a.id})-[:${R.MENTIONED_IN}]->(a)
WITH DISTINCT f, a, {only: null} AS row
RETURN f.id AS from, $target AS to, a.id AS article, f.name AS name, ${ROW}`,
  /** A node's mention of the article under `sourceKey` → a node of its own in that article. */
  split: (l: CorrectionLabel) => `
MATCH (a:${L.Article} {sourceKey: $sourceKey})
MATCH (f:${L[l]} {id: $entity})-[m:${R.MENTIONED_IN}]->(a)
WITH f, a, collect(m)[0] AS m, {only: null} AS row
RETURN f.id AS from, $entity + '@' + a.id AS to, a.id AS article, coalesce(m.forms[0], f.name) AS name, ${ROW}`,
  /** What a merge or confirm moved onto its target, back to where it came from. */
  undoMerge: (l: CorrectionLabel) => `
MATCH (t:${L[l]} {id: $target})-[m:${R.MENTIONED_IN} {correction: $id}]->(a:${L.Article})
WITH DISTINCT t, a, {only: $id} AS row
RETURN t.id AS from, CASE WHEN $sourceKey IS NULL THEN $entity ELSE $entity + '@' + a.id END AS to,
       a.id AS article, $name AS name, ${ROW}`,
  /** What a split moved to its own node, back onto the node it was split from. */
  undoSplit: (l: CorrectionLabel) => `
MATCH (a:${L.Article} {sourceKey: $sourceKey})
MATCH (t:${L[l]} {id: $entity + '@' + a.id})-[m:${R.MENTIONED_IN} {correction: $id}]->(a)
WITH DISTINCT t, a, {only: $id} AS row
RETURN t.id AS from, $entity AS to, a.id AS article, $name AS name, ${ROW}`,
};

/** The tag a moved edge gets: the correction's id, or none when undoing. */
const TAG = "CASE WHEN $undo THEN null ELSE $correction END";
const ONLY = (r: string) => `(row.only IS NULL OR ${r}.correction = row.only)`;

/**
 * Moves one node's mention of one article, with its claims' and affiliations' edges, to another
 * node (made when missing): run each statement with `{rows: [{from, to, article, name, only, how?}],
 * correction, how, undo}`. What a correction moves, and what the loader moves when it decides a
 * short form again at the end of a run (`row.how`, its own reason per row, wins over `$how`).
 */
export function mentionMoves(l: CorrectionLabel): readonly string[] {
  return moveStatements(l);
}

function moveStatements(l: CorrectionLabel): string[] {
  const node = L[l];
  /** Moves `f`'s `type` edges (with `edge`'s properties, to an `x` matching `target`) onto `t`; `set` then fills the new edge `s` from the old `r`. */
  const outgoing = (type: string, edge: string, target: string, set: string) => `UNWIND $rows AS row
MATCH (f:${node} {id: row.from})-[r:${type}${edge}]->(x${target})
WHERE ${ONLY("r")}
MATCH (t:${node} {id: row.to})
CREATE (t)-[s:${type}]->(x)
${set}
DELETE r`;
  const affiliation =
    l === "Person"
      ? outgoing(R.AFFILIATED_WITH, " {articleId: row.article}", "", `SET s = properties(r), s.correction = ${TAG}`)
      : `UNWIND $rows AS row
MATCH (f:${node} {id: row.from})<-[r:${R.AFFILIATED_WITH} {articleId: row.article}]-(p)
WHERE ${ONLY("r")}
MATCH (t:${node} {id: row.to})
CREATE (p)-[s:${R.AFFILIATED_WITH}]->(t)
SET s = properties(r), s.correction = ${TAG}
DELETE r`;
  const claimEdge = (type: string) => `UNWIND $rows AS row
MATCH (f:${node} {id: row.from})<-[r:${type}]-(c:${L.Claim} {articleId: row.article})
WHERE ${ONLY("r")}
MATCH (t:${node} {id: row.to})
MERGE (c)-[s:${type}]->(t)
ON CREATE SET s.correction = ${TAG}
DELETE r`;
  return [
    // The node the mention goes to (a split-off node, or a node an undo brings back).
    `UNWIND $rows AS row
MATCH (f:${node} {id: row.from})
MERGE (t:${node} {id: row.to})
ON CREATE SET t.name = row.name, t.aliases = [], t.searchText = row.name, t.kind = f.kind`,
    // That node is there now: an alias its id kept from when it went (a merge an undo takes back) is moot.
    `UNWIND $rows AS row
WITH DISTINCT row.to AS id
MATCH (a:${L.IdAlias} {id: id})
DELETE a`,
    outgoing(
      R.MENTIONED_IN,
      "",
      `:${L.Article} {id: row.article}`,
      `SET s = properties(r)
SET s.resolution = CASE WHEN $undo THEN coalesce(r.before, r.resolution) ELSE coalesce(row.how, $how) END,
    s.before = CASE WHEN $undo THEN null ELSE coalesce(r.before, r.resolution) END,
    s.correction = ${TAG}`,
    ),
    outgoing(R.SAID, "", `:${L.Claim} {articleId: row.article}`, `SET s.correction = ${TAG}`),
    claimEdge(R.ABOUT),
    ...(l === "Organization" ? [claimEdge(R.VIA)] : []),
    affiliation,
    // A short form that now has a node has no possible matches left in that article.
    `UNWIND $rows AS row
MATCH (f:${node} {id: row.from})-[r:${R.POSSIBLY_SAME_AS} {articleId: row.article}]->()
WHERE NOT $undo
DELETE r`,
    // A node no article mentions any more goes: its id becomes an alias of where it went (a
    // snapshot or link that names it finds that node), and possible matches to it point there too.
    recordIdAliases(`UNWIND $rows AS row
MATCH (f:${node} {id: row.from})
WHERE NOT (f)-[:${R.MENTIONED_IN}]->()
WITH DISTINCT {from: row.from, to: row.to} AS row`),
    `UNWIND $rows AS row
MATCH (f:${node} {id: row.from})
WHERE NOT (f)-[:${R.MENTIONED_IN}]->()
CALL (f, row) {
  MATCH (p:${L.Person})-[r:${R.POSSIBLY_SAME_AS}]->(f)
  MATCH (t:${node} {id: row.to})
  WHERE p <> t
  MERGE (p)-[s:${R.POSSIBLY_SAME_AS} {articleId: r.articleId}]->(t)
  ON CREATE SET s.score = r.score, s.evidence = r.evidence
}
DETACH DELETE f`,
    `UNWIND $rows AS row
UNWIND [row.from, row.to] AS id
WITH DISTINCT id
MATCH (e:${node} {id: id})
${SET_ALIASES_FROM_MENTIONS}`,
  ];
}

/** A rejected possible match goes (the loader will not record it again). */
const DELETE_POSSIBLE = `
MATCH (a:${L.Article} {sourceKey: $sourceKey})
MATCH (:${L.Person} {id: $entity + '@' + a.id})-[r:${R.POSSIBLY_SAME_AS}]->(:${L.Person} {id: $target})
DELETE r`;

/** Undoing a confirm or a reject brings back the possible match it decided. */
const RESTORE_POSSIBLE = `
MATCH (a:${L.Article} {sourceKey: $sourceKey})
MATCH (p:${L.Person} {id: $entity + '@' + a.id})
MATCH (t:${L.Person} {id: $target})
WITH p, t, a WHERE $evidence IS NOT NULL
MERGE (p)-[r:${R.POSSIBLY_SAME_AS} {articleId: a.id}]->(t)
ON CREATE SET r.score = $score, r.evidence = $evidence`;

/** The constraint on correction ids (both writers ensure it). */
export const CORRECTION_CONSTRAINT = `CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (n:${L.Correction}) REQUIRE n.id IS UNIQUE`;

/** Every correction record, oldest first (what the loader reads at the start and the end of a run). */
export const ALL_CORRECTIONS = `MATCH (c:${L.Correction}) RETURN properties(c) AS c ORDER BY c.at, c.id`;

/** Stores a new record (`$record`: its properties; nulls are simply not stored). */
export const CREATE_CORRECTION = `CREATE (c:${L.Correction}) SET c = $record RETURN properties(c) AS c`;

/** Marks a record undone (who and when); returns it, or nothing when there is none or it was undone already. */
export const MARK_UNDONE = `
MATCH (c:${L.Correction} {id: $id})
WHERE c.undoneAt IS NULL
SET c.undoneAt = $at, c.undoneBy = $by
RETURN properties(c) AS c`;
