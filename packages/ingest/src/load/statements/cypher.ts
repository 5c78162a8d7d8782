import { NODE_LABELS as L, REL_TYPES as R } from "@claimgraph/schema";
import { BAND_PROPERTIES } from "./wording.js";

/** The statement stage's Cypher: labels and types from the closed lists, every value a parameter. */

export const STATEMENT_SCHEMA: readonly string[] = [
  `CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:${L.Statement}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT speaker_lock_key IF NOT EXISTS FOR (n:${L.SpeakerLock}) REQUIRE n.key IS UNIQUE`,
  `CREATE INDEX wording_statement IF NOT EXISTS FOR (n:${L.Wording}) ON (n.statement)`,
  // The viewer's most-repeated ranking seeks `reports > 1` in order (a partial top) instead of scanning every statement.
  `CREATE INDEX statement_reports IF NOT EXISTS FOR (n:${L.Statement}) ON (n.reports)`,
  ...BAND_PROPERTIES.map((band) => `CREATE INDEX wording_${band} IF NOT EXISTS FOR (n:${L.Wording}) ON (n.${band})`),
];

/**
 * Write-locks one node per speaker key of the batch, in sorted order: a concurrent batch with a
 * speaker in common waits here until this one commits, then reads its statements (no two
 * statements are founded for one utterance by two transactions; band keys never cross speakers).
 * Each lock's `version` counts the transactions that changed that speaker's statements (this one
 * included; a purge counts too, BUMP_SPEAKER_VERSIONS): a loader's cache of what it wrote is
 * complete while nobody else moved it. `created`: this batch made the lock, so no statement of
 * that speaker can be stored yet (every batch that stores one holds its lock) — no candidate seek.
 */
export const LOCK_SPEAKERS = `
UNWIND $keys AS key
MERGE (l:${L.SpeakerLock} {key: key})
ON CREATE SET l._new = true
SET l.version = coalesce(l.version, 0) + 1
WITH l, l._new IS NOT NULL AS created
REMOVE l._new
RETURN l.key AS key, created, l.version AS version`;

/**
 * A purge is about to change these statements (reports leave, a statement may go): their
 * speakers' lock versions move, so no loader's cache keeps trusting what it holds of them.
 */
export const BUMP_SPEAKER_VERSIONS = `
UNWIND $ids AS id
MATCH (s:${L.Statement} {id: id})
WITH DISTINCT s.speakerKey AS key ORDER BY key
MATCH (l:${L.SpeakerLock} {key: key})
SET l.version = coalesce(l.version, 0) + 1`;

/**
 * The statements with a stored wording that shares a band value with the batch (`$band0`…`$band15`:
 * the batch's distinct values of each band, one index seek each), with what grouping and the tally need.
 */
export const CANDIDATE_STATEMENTS = `
CALL () {
${BAND_PROPERTIES.map((band) => `  UNWIND $${band} AS value MATCH (w:${L.Wording} {${band}: value}) RETURN w.statement AS id`).join("\n  UNION\n")}
}
MATCH (s:${L.Statement} {id: id})
WHERE s.speakerKey IN $speakers
RETURN s.id AS id, s.speakerKey AS speakerKey, s.variants AS variants, s.reports AS reports,
       s.articles AS articles, coalesce(s.outletNames, []) AS outletNames,
       s.firstClaim AS firstClaim, s.firstArticle AS firstArticle, s.firstOutlet AS firstOutlet,
       s.firstPublishedAt AS firstPublishedAt, s.firstOrder AS firstOrder`;

/** `from` goes into `into`: its reports (with their order) and wordings move, then it is deleted. */
export const MERGE_STATEMENT = [
  `MATCH (from:${L.Statement} {id: $from})<-[r:${R.REPORTS}]-(c:${L.Claim})
MATCH (into:${L.Statement} {id: $into})
CREATE (c)-[:${R.REPORTS} {order: r.order}]->(into)
DELETE r`,
  `MATCH (w:${L.Wording} {statement: $from})
SET w.statement = $into`,
  `MATCH (from:${L.Statement} {id: $from})
DETACH DELETE from`,
];

/** A statement that will be given its figures by RECOMPUTE_STATEMENTS (the survivor of a merge). */
export const CREATE_STATEMENT_SHELLS = `
UNWIND $rows AS row
CREATE (:${L.Statement} {id: row.id, speakerKey: row.speakerKey})`;

/** A statement's figures from a row as attach.ts computes them (tally.ts): for new and joined statements alike. */
const SET_FIGURES = `SET s.variants = row.variants, s.reports = row.reports, s.articles = row.articles,
    s.outlets = size(row.outletNames), s.outletNames = row.outletNames,
    s.firstClaim = row.first.claim, s.firstArticle = row.first.article, s.firstOutlet = row.first.outlet,
    s.firstPublishedAt = row.first.publishedAt, s.firstOrder = row.first.order`;

/** New statements with their figures, in one write each. */
export const CREATE_STATEMENTS = `
UNWIND $rows AS row
CREATE (s:${L.Statement} {id: row.id, speakerKey: row.speakerKey})
${SET_FIGURES}`;

/** A wording's band values from `row.bands` (one stored value per band, wording.ts). */
const SET_BANDS = `SET ${BAND_PROPERTIES.map((band, i) => `w.${band} = row.bands[${i}]`).join(", ")}`;

/**
 * A statement founded by one claim of the batch, in one write with its REPORTS edge and its wording
 * (the common case: at the first ingest nearly every claim founds one). Three queries, the last
 * seeking the statement again by id, cost ~0.6 s more per PolNeAR train load (ingest README).
 */
export const CREATE_SOLO_STATEMENTS = `
UNWIND $rows AS row
MATCH (c:${L.Claim} {id: row.claim})
CREATE (c)-[:${R.REPORTS} {order: row.order}]->(s:${L.Statement} {id: row.id, speakerKey: row.speakerKey})
${SET_FIGURES}
CREATE (w:${L.Wording} {statement: row.id})
${SET_BANDS}`;

export const CREATE_REPORTS = `
UNWIND $rows AS row
MATCH (c:${L.Claim} {id: row.claim})
MATCH (s:${L.Statement} {id: row.statement})
CREATE (c)-[:${R.REPORTS} {order: row.order}]->(s)`;

/** Wordings new to a statement. */
export const CREATE_WORDINGS = `
UNWIND $rows AS row
CREATE (w:${L.Wording} {statement: row.statement})
${SET_BANDS}`;

export const SET_STATEMENTS = `
UNWIND $rows AS row
MATCH (s:${L.Statement} {id: row.id})
${SET_FIGURES}`;

/**
 * A statement's figures from its reports (after a merge or a purge): the same order as
 * tally.ts's `before`. A statement left with no report is deleted, with its wordings.
 */
export const RECOMPUTE_STATEMENTS = `
UNWIND $ids AS id
MATCH (s:${L.Statement} {id: id})
CALL (s) {
  OPTIONAL MATCH (c:${L.Claim})-[r:${R.REPORTS}]->(s)
  OPTIONAL MATCH (c)-[:${R.REPORTED_IN}]->(a:${L.Article})
  WITH c, r, a WHERE c IS NOT NULL
  ORDER BY a.publishedAt IS NULL, a.publishedAt, r.order, c.id
  RETURN collect({claim: c.id, article: a.id, outlet: a.source, publishedAt: a.publishedAt, order: r.order}) AS reports
}
CALL (s, reports) {
  WITH s, reports WHERE size(reports) = 0
  OPTIONAL MATCH (w:${L.Wording} {statement: s.id})
  DELETE w
  WITH DISTINCT s
  DETACH DELETE s
}
CALL (s, reports) {
  WITH s, reports WHERE size(reports) > 0
  UNWIND reports AS report
  WITH s, reports, collect(DISTINCT report.article) AS articles, collect(DISTINCT report.outlet) AS outlets
  UNWIND (CASE WHEN size(outlets) = 0 THEN [null] ELSE outlets END) AS outlet
  WITH s, reports, articles, outlet ORDER BY outlet
  WITH s, reports, articles, [o IN collect(outlet) WHERE o IS NOT NULL] AS outletNames
  SET s.reports = size(reports), s.articles = size(articles), s.outlets = size(outletNames), s.outletNames = outletNames,
      s.firstClaim = reports[0].claim, s.firstArticle = reports[0].article, s.firstOutlet = reports[0].outlet,
      s.firstPublishedAt = reports[0].publishedAt, s.firstOrder = reports[0].order
}`;

/** The statements an article's claims report (before a purge deletes the claims). */
export const STATEMENTS_OF_ARTICLES = `
UNWIND $ids AS id
MATCH (:${L.Article} {id: id})<-[:${R.REPORTED_IN}]-(:${L.Claim})-[:${R.REPORTS}]->(s:${L.Statement})
RETURN DISTINCT s.id AS id`;

export const CREATE_DISPUTES = `
UNWIND $rows AS row
MATCH (from:${L.Claim} {id: row.from})
MATCH (to:${L.Claim} {id: row.to})
MERGE (from)-[d:${R.DISPUTES}]->(to)
SET d.evidence = row.evidence`;

export const SET_VARIANTS = `
UNWIND $rows AS row
MATCH (s:${L.Statement} {id: row.id})
SET s.variants = row.variants`;

/**
 * Claims of other articles in a denial's window that it may dispute: said by a person or
 * organization its words name, or reported by an outlet it names (statements/disputes.ts
 * `crossArticleAsk`). At most 200 per route and denial; `findDisputes` decides among them.
 */
export const CROSS_ARTICLE_TARGETS = `
UNWIND $asks AS ask
CALL (ask) {
  UNWIND ask.people AS id
  MATCH (p:${L.Person} {id: id})-[:${R.SAID}]->(c:${L.Claim})-[:${R.REPORTED_IN}]->(a:${L.Article})
  WHERE a.id <> ask.article AND a.publishedAt >= ask.from AND a.publishedAt < ask.to
  RETURN c, p, a LIMIT 200
  UNION
  UNWIND ask.organizations AS id
  MATCH (p:${L.Organization} {id: id})-[:${R.SAID}]->(c:${L.Claim})-[:${R.REPORTED_IN}]->(a:${L.Article})
  WHERE a.id <> ask.article AND a.publishedAt >= ask.from AND a.publishedAt < ask.to
  RETURN c, p, a LIMIT 200
  UNION
  MATCH (a:${L.Article})
  WHERE a.source IN ask.outlets AND a.id <> ask.article AND a.publishedAt >= ask.from AND a.publishedAt < ask.to
  MATCH (p)-[:${R.SAID}]->(c:${L.Claim})-[:${R.REPORTED_IN}]->(a)
  RETURN c, p, a LIMIT 200
}
RETURN ask.claim AS denial, c.id AS id, a.id AS article, c.text AS text, c.cue AS cue, p.id AS speaker,
       p.name AS speakerName, coalesce(p.kind = 'media', false) AS media, a.publishedAt AS publishedAt, a.source AS outlet`;
