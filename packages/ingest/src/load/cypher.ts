import {
  CORRECTION_CONSTRAINT,
  FULLTEXT_FIELDS,
  FULLTEXT_INDEX,
  ID_ALIAS_SCHEMA,
  NODE_LABELS as L,
  REL_TYPES as R,
  recordIdAliases,
  SET_ALIASES_FROM_MENTIONS,
  setEntityAliases,
} from "@claimgraph/schema";
import type { EntityLabel } from "./entity-index.js";

/**
 * Every statement the loader runs. Labels and relationship types come from the closed lists in
 * @claimgraph/schema; all values are parameters. Each statement takes one list and UNWINDs it.
 */

/** The claim graph's constraints and indexes (Snapshot nodes are the viewer's: its snapshot store makes their constraint). */
export const SCHEMA_STATEMENTS: readonly string[] = [
  ...(["Article", "Person", "Organization", "Claim"] as const).map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${L[label]}) REQUIRE n.id IS UNIQUE`,
  ),
  CORRECTION_CONSTRAINT,
  `CREATE INDEX article_source_key IF NOT EXISTS FOR (n:${L.Article}) ON (n.sourceKey)`,
  `CREATE INDEX article_recheck_pending IF NOT EXISTS FOR (n:${L.Article}) ON (n.recheckPending)`,
  // A denial that names an outlet looks for that outlet's articles in its window (statements/cross-article.ts).
  `CREATE INDEX article_source IF NOT EXISTS FOR (n:${L.Article}) ON (n.source)`,
  // Former ids (migrate-name-keys.ts): the lists are read only to find those not yet aliased (an index scan, not a label scan).
  ...(["Person", "Organization"] as const).map(
    (label) => `CREATE INDEX ${label.toLowerCase()}_former_ids IF NOT EXISTS FOR (n:${L[label]}) ON (n.formerIds)`,
  ),
  ...ID_ALIAS_SCHEMA,
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${L.Person}|${L.Organization}|${L.Claim}) ON EACH [n.${FULLTEXT_FIELDS.names}, n.${FULLTEXT_FIELDS.words}]`,
];

/**
 * Locks each article node (creating it when new: the uniqueness constraint makes a parallel run
 * wait here, then find it) and says whether this transaction created it, and which older
 * articles under the same source key it replaces.
 */
export const LOCK_ARTICLES = `
UNWIND $articles AS row
MERGE (a:${L.Article} {id: row.id})
ON CREATE SET a._new = true
SET a._lock = $token
WITH a, row, a._new IS NOT NULL AS created
OPTIONAL MATCH (old:${L.Article} {sourceKey: row.sourceKey})
WHERE created AND old.id <> row.id
RETURN row.id AS id, created, a.extractorVersion AS extractorVersion, collect(old.id) AS replaces`;

/** The non-anonymous entities an article touches (every one has a MENTIONED_IN edge to it). */
export const TOUCHED_ENTITIES = `
UNWIND $ids AS id
MATCH (e)-[:${R.MENTIONED_IN}]->(:${L.Article} {id: id})
WHERE NOT e:${L.Anonymous}
RETURN DISTINCT e.id AS id, CASE WHEN e:${L.Person} THEN '${L.Person}' ELSE '${L.Organization}' END AS label`;

export const PURGE_CLAIMS = `
UNWIND $ids AS id
MATCH (c:${L.Claim})-[:${R.REPORTED_IN}]->(:${L.Article} {id: id})
DETACH DELETE c`;

export const PURGE_AFFILIATIONS = `
UNWIND $ids AS id
MATCH (p:${L.Person})-[:${R.MENTIONED_IN}]->(:${L.Article} {id: id})
MATCH (p)-[r:${R.AFFILIATED_WITH} {articleId: id}]->()
DELETE r`;

export const PURGE_ANONYMOUS = `
UNWIND $ids AS id
MATCH (p:${L.Anonymous})-[:${R.MENTIONED_IN}]->(:${L.Article} {id: id})
WHERE p.articleId = id
DETACH DELETE p`;

export const PURGE_MENTIONS = `
UNWIND $ids AS id
MATCH ()-[m:${R.MENTIONED_IN}]->(:${L.Article} {id: id})
DELETE m`;

export const DELETE_ARTICLES = `
UNWIND $ids AS id
MATCH (a:${L.Article} {id: id})
DETACH DELETE a`;

/** Possible matches recorded for a purged article's short forms. */
export const PURGE_POSSIBLE = `
UNWIND $ids AS id
MATCH (:${L.Person})-[r:${R.POSSIBLY_SAME_AS} {articleId: id}]->()
DELETE r`;

/**
 * Entities no article mentions any more belonged only to the purged articles (every entity an
 * article touches has a MENTIONED_IN edge); what still points at them is a possible match from
 * another article's short form, which goes with them.
 */
export const deleteOrphans = (label: EntityLabel) => `
UNWIND $ids AS id
MATCH (e:${L[label]} {id: id})
WHERE NOT (e)-[:${R.MENTIONED_IN}]->()
DETACH DELETE e`;

/** Aliases = every form any article used for the entity, except its name (sorted). */
export const recomputeAliases = (label: EntityLabel) => `
UNWIND $ids AS id
MATCH (e:${L[label]} {id: id})
${SET_ALIASES_FROM_MENTIONS}`;

/**
 * `recheckPending`: the run that wrote the article, until that run's end-of-run pass has weighed what
 * it changed (cleared by CLEAR_RECHECK_PENDING); a run killed before its pass leaves it for the next.
 */
export const WRITE_ARTICLES = `
UNWIND $articles AS row
MATCH (a:${L.Article} {id: row.id})
SET a += row.props, a.ingestedAt = $now, a.recheckPending = $run
REMOVE a._new, a._lock`;

/** Runs whose end-of-run pass never happened (killed): the articles they wrote. */
export const PENDING_RECHECK_RUNS = `
MATCH (a:${L.Article}) WHERE a.recheckPending IS NOT NULL
RETURN DISTINCT a.recheckPending AS run`;

/** The people those articles mention: their names changed the picture, as in the run that wrote them. */
export const PENDING_RECHECK_NAMES = `
MATCH (a:${L.Article})<-[:${R.MENTIONED_IN}]-(p:${L.Person})
WHERE a.recheckPending IN $runs AND NOT p:${L.Anonymous}
RETURN DISTINCT p.name AS name`;

/** After the end-of-run pass: these runs' articles are weighed (10,000 per call; call until it clears none). */
export const CLEAR_RECHECK_PENDING = `
MATCH (a:${L.Article}) WHERE a.recheckPending IN $runs
WITH a LIMIT 10000
SET a.recheckPending = null
RETURN count(a) AS cleared`;

/**
 * Merges shared entities and adds this article's new forms to their aliases. The node is
 * write-locked (`SET e._lock … REMOVE`) before its aliases are read, so a concurrent batch cannot
 * lose an alias (read committed: without the lock both read the old list and the last write wins).
 * Properties are only written when they change, so a popular entity is not re-indexed by every batch.
 */
export const mergeEntities = (label: EntityLabel) => `
UNWIND $rows AS row
MERGE (e:${L[label]} {id: row.id})
ON CREATE SET e.name = row.name, e.aliases = row.aliases, e.searchText = row.searchText
SET e._lock = true
REMOVE e._lock
${label === "Organization" ? "FOREACH (_ IN CASE WHEN e.kind IS NULL AND row.kind IS NOT NULL THEN [1] ELSE [] END | SET e.kind = row.kind)" : ""}
WITH e, row
WHERE any(form IN row.forms WHERE form <> e.name AND NOT form IN e.aliases)
${setEntityAliases("e, row", "UNWIND e.aliases + row.forms AS form")}`;

/** A short form kept in its article → each full name it may be (after both are merged). */
export const CREATE_POSSIBLY_SAME_AS = `
UNWIND $rows AS row
MATCH (p:${L.Person} {id: row.from})
MATCH (c:${L.Person} {id: row.to})
MERGE (p)-[r:${R.POSSIBLY_SAME_AS} {articleId: row.articleId}]->(c)
SET r.score = row.score, r.evidence = row.evidence`;

export const CREATE_ANONYMOUS = `
UNWIND $rows AS row
CREATE (e:${L.Person}:${L.Anonymous} {id: row.id, name: row.name, articleId: row.articleId, aliases: [], searchText: row.name})`;

export const createMentions = (label: EntityLabel) => `
UNWIND $rows AS row
MATCH (e:${L[label]} {id: row.entity})
MATCH (a:${L.Article} {id: row.article})
CREATE (e)-[m:${R.MENTIONED_IN} {count: row.count, spans: row.spans, forms: row.forms, resolution: row.resolution}]->(a)
SET m.correction = row.correction, m.before = row.before`;

export const CREATE_CLAIMS = `
UNWIND $rows AS row
MATCH (a:${L.Article} {id: row.article})
CREATE (c:${L.Claim} {id: row.id, text: row.text, kind: row.kind, cue: row.cue, articleId: row.article, anonymous: row.anonymous})
CREATE (c)-[:${R.REPORTED_IN} {start: row.start, end: row.end, cueStart: row.cueStart, cueEnd: row.cueEnd, speakerStart: row.speakerStart, speakerEnd: row.speakerEnd}]->(a)`;

/** One end of a relationship a row names: the node's label and the row's field that holds its id. */
interface RowEnd {
  label: string;
  id: string;
}

/**
 * One relationship per row between the two nodes the row names by id, with `props` (the
 * relationship's own properties, from the row) and the id of the correction that put it there when
 * the row carries one.
 */
const createLinks = (from: RowEnd, type: string, to: RowEnd, props = "") => `
UNWIND $rows AS row
MATCH (from:${from.label} {id: row.${from.id}})
MATCH (to:${to.label} {id: row.${to.id}})
CREATE (from)-[r:${type}${props}]->(to)
SET r.correction = row.correction`;

export const createSaid = (label: EntityLabel) =>
  createLinks({ label: L[label], id: "entity" }, R.SAID, { label: L.Claim, id: "claim" });

export const createAbout = (label: EntityLabel) =>
  createLinks({ label: L.Claim, id: "claim" }, R.ABOUT, { label: L[label], id: "entity" });

export const CREATE_VIA = createLinks({ label: L.Claim, id: "claim" }, R.VIA, { label: L.Organization, id: "entity" });

export const CREATE_AFFILIATIONS = createLinks(
  { label: L.Person, id: "person" },
  R.AFFILIATED_WITH,
  { label: L.Organization, id: "organization" },
  " {role: row.role, former: row.former, articleId: row.articleId}",
);

/** Articles left as they were (their lock and creation mark are taken off). */
export const UNLOCK_ARTICLES = `
UNWIND $ids AS id
MATCH (a:${L.Article} {id: id})
REMOVE a._new, a._lock`;

/** Which of these articles are already loaded by this extractor version (so extraction can be skipped). */
export const KNOWN_ARTICLES = `
UNWIND $ids AS id
MATCH (a:${L.Article} {id: id})
WHERE a.extractorVersion = $extractorVersion
RETURN a.id AS id`;

/** Entities to seed cross-article resolution with. */
export const KNOWN_ENTITIES = `
MATCH (e)
WHERE (e:${L.Person} OR e:${L.Organization}) AND NOT e:${L.Anonymous}
RETURN e.id AS id, CASE WHEN e:${L.Person} THEN '${L.Person}' ELSE '${L.Organization}' END AS label, e.name AS name, coalesce(e.aliases, []) AS aliases,
       COUNT { (e)-[:${R.MENTIONED_IN}]->() } AS articles`;

export const GRAPH_COUNTS = `
CALL () { MATCH (n:${L.Article}) RETURN count(n) AS articles }
CALL () { MATCH (n:${L.Person}) RETURN count(n) AS people }
CALL () { MATCH (n:${L.Organization}) RETURN count(n) AS organizations }
CALL () { MATCH (n:${L.Claim}) RETURN count(n) AS claims }
RETURN articles, people, organizations, claims`;

/**
 * Short forms kept in their article with possible matches: what the end-of-run pass decides again,
 * a page at a time in id order (`$after`: the last id of the page before, "" for the first; `$skip`:
 * ids step 1 of the pass just split off), so the pass holds one page, not every kept form of the graph.
 */
export const KEPT_SHORT_FORMS = `
MATCH (s:${L.Person})
WHERE s.id > $after AND NOT s.id IN $skip AND EXISTS { (s)-[:${R.POSSIBLY_SAME_AS}]->() }
WITH s ORDER BY s.id LIMIT $limit
MATCH (s)-[m:${R.MENTIONED_IN}]->(a:${L.Article})
RETURN s.id AS id, s.name AS name, m.resolution AS resolution, a.id AS article, a.sourceKey AS sourceKey
ORDER BY id`;

/**
 * Moves an article-scoped short form onto the full name it now resolves to: its mention (with the
 * new reason), what it said, what claims are about it and its affiliations; then the scoped node
 * goes, with its possible matches. One row per move: {from, to, how}.
 */
export const MOVE_SHORT_FORMS: readonly string[] = [
  `UNWIND $rows AS row
MATCH (s:${L.Person} {id: row.from})-[m:${R.MENTIONED_IN}]->(a:${L.Article})
MATCH (t:${L.Person} {id: row.to})
CREATE (t)-[:${R.MENTIONED_IN} {count: m.count, spans: m.spans, forms: m.forms, resolution: row.how}]->(a)
DELETE m`,
  `UNWIND $rows AS row
MATCH (s:${L.Person} {id: row.from})-[r:${R.SAID}]->(c:${L.Claim})
MATCH (t:${L.Person} {id: row.to})
CREATE (t)-[:${R.SAID}]->(c)
DELETE r`,
  `UNWIND $rows AS row
MATCH (s:${L.Person} {id: row.from})<-[r:${R.ABOUT}]-(c:${L.Claim})
MATCH (t:${L.Person} {id: row.to})
MERGE (c)-[:${R.ABOUT}]->(t)
DELETE r`,
  `UNWIND $rows AS row
MATCH (s:${L.Person} {id: row.from})-[r:${R.AFFILIATED_WITH}]->(o:${L.Organization})
MATCH (t:${L.Person} {id: row.to})
CREATE (t)-[:${R.AFFILIATED_WITH} {role: r.role, former: r.former, articleId: r.articleId}]->(o)
DELETE r`,
  // The short form's id becomes an alias of the full name (a snapshot that shows it still finds it).
  recordIdAliases(`UNWIND $rows AS row
MATCH (:${L.Person} {id: row.from})
WITH DISTINCT {from: row.from, to: row.to} AS row`),
  `UNWIND $rows AS row
MATCH (s:${L.Person} {id: row.from})
DETACH DELETE s`,
];

/**
 * Mentions of these full names that a short form made on the corpus's evidence alone (what a
 * namesake can put in doubt; resolve/redecide.ts parses the reason). Corrections' edges are left alone.
 */
export const CORPUS_MERGES = `
UNWIND $ids AS id
MATCH (e:${L.Person} {id: id})-[m:${R.MENTIONED_IN}]->(a:${L.Article})
WHERE m.correction IS NULL AND (m.resolution STARTS WITH 'surname: ' OR m.resolution STARTS WITH 'first name: ')
RETURN e.id AS id, a.id AS article, a.sourceKey AS sourceKey, m.forms AS forms, m.resolution AS resolution
ORDER BY article, id`;
