import { NODE_LABELS as L, REL_TYPES as R } from "@claimgraph/schema";

/** The statement stage's Cypher: labels and types from the closed lists, every value a parameter. */

export const STATEMENT_SCHEMA: readonly string[] = [
  `CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:${L.Statement}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT band_key IF NOT EXISTS FOR (n:${L.Band}) REQUIRE n.key IS UNIQUE`,
];

/**
 * Creates the batch's band keys and write-locks them in sorted order: a concurrent batch with a
 * key in common waits here until this one commits, then reads its statements (no two statements
 * are founded for one utterance by two transactions).
 */
export const LOCK_BANDS = `
UNWIND $keys AS key
MERGE (b:${L.Band} {key: key})
SET b._lock = true
REMOVE b._lock`;

/** The statements that share a band key with the batch, with what grouping and the tally need. */
export const CANDIDATE_STATEMENTS = `
UNWIND $keys AS key
MATCH (:${L.Band} {key: key})<-[:${R.HAS_BAND}]-(s:${L.Statement})
WITH DISTINCT s
RETURN s.id AS id, s.speakerKey AS speakerKey, s.variants AS variants, s.reports AS reports,
       s.articles AS articles, coalesce(s.outletNames, []) AS outletNames,
       s.firstClaim AS firstClaim, s.firstArticle AS firstArticle, s.firstOutlet AS firstOutlet,
       s.firstPublishedAt AS firstPublishedAt, s.firstOrder AS firstOrder`;

/** `from` goes into `into`: its reports (with their order) and band keys move, then it is deleted. */
export const MERGE_STATEMENT = [
  `MATCH (from:${L.Statement} {id: $from})<-[r:${R.REPORTS}]-(c:${L.Claim})
MATCH (into:${L.Statement} {id: $into})
CREATE (c)-[:${R.REPORTS} {order: r.order}]->(into)
DELETE r`,
  `MATCH (from:${L.Statement} {id: $from})-[:${R.HAS_BAND}]->(b:${L.Band})
MATCH (into:${L.Statement} {id: $into})
MERGE (into)-[:${R.HAS_BAND}]->(b)`,
  `MATCH (from:${L.Statement} {id: $from})
DETACH DELETE from`,
];

export const CREATE_STATEMENTS = `
UNWIND $rows AS row
CREATE (:${L.Statement} {id: row.id, speakerKey: row.speakerKey})`;

export const CREATE_REPORTS = `
UNWIND $rows AS row
MATCH (c:${L.Claim} {id: row.claim})
MATCH (s:${L.Statement} {id: row.statement})
CREATE (c)-[:${R.REPORTS} {order: row.order}]->(s)`;

/** Band keys of wordings new to a statement (their Band nodes exist: LOCK_BANDS made them). */
export const LINK_BANDS = `
UNWIND $rows AS row
MATCH (s:${L.Statement} {id: row.statement})
UNWIND row.keys AS key
MATCH (b:${L.Band} {key: key})
MERGE (s)-[:${R.HAS_BAND}]->(b)`;

export const SET_STATEMENTS = `
UNWIND $rows AS row
MATCH (s:${L.Statement} {id: row.id})
SET s.variants = row.variants, s.reports = row.reports, s.articles = row.articles,
    s.outlets = size(row.outletNames), s.outletNames = row.outletNames,
    s.firstClaim = row.first.claim, s.firstArticle = row.first.article, s.firstOutlet = row.first.outlet,
    s.firstPublishedAt = row.first.publishedAt, s.firstOrder = row.first.order`;

/**
 * A statement's figures from its reports (after a merge or a purge): the same order as
 * tally.ts's `before`. A statement left with no report is deleted, with the band keys only it had.
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
  OPTIONAL MATCH (s)-[:${R.HAS_BAND}]->(b:${L.Band})
  WHERE COUNT { (b)<-[:${R.HAS_BAND}]-() } = 1
  DETACH DELETE s, b
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
