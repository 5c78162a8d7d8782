/**
 * The questions users ask of the graph, as parameterised Cypher. ARCHITECTURE.md ("Example
 * queries") shows these; example-queries.test.ts runs them against a loaded seed article.
 */

/** Everything a speaker said about a target (names or aliases, exact), with the offsets into the article. */
export const SAID_ABOUT = `
MATCH (s)-[:SAID]->(c:Claim)-[:ABOUT]->(t), (c)-[r:REPORTED_IN]->(a:Article)
WHERE (s.name = $speaker OR $speaker IN s.aliases) AND (t.name = $target OR $target IN t.aliases)
RETURN s.name AS speaker, t.name AS target, c.text AS text, c.kind AS kind, c.cue AS cue,
       a.id AS article, a.title AS title, a.publishedAt AS publishedAt, r.start AS start, r.end AS end
ORDER BY a.publishedAt, r.start`;

/** Who talks about an entity most (unnamed sources left out). */
export const WHO_TALKS_ABOUT = `
MATCH (t {id: $id})<-[:ABOUT]-(c:Claim)<-[:SAID]-(s)
WHERE NOT s:Anonymous AND s <> t
RETURN s.id AS id, s.name AS name, count(c) AS claims
ORDER BY claims DESC, name
LIMIT $limit`;

/** Claims reported via an outlet or agency ("told the Associated Press"), with who said them. */
export const REPORTED_VIA = `
MATCH (o:Organization {id: $id})<-[:VIA]-(c:Claim)-[r:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (s)-[:SAID]->(c)
RETURN s.name AS speaker, c.text AS text, a.title AS title, r.start AS start, r.end AS end
ORDER BY a.publishedAt, r.start`;

/** Find people, organizations and claims by words (the full-text index over names, aliases and claim text). */
export const SEARCH = `
CALL db.index.fulltext.queryNodes('claimgraph_search', $query) YIELD node, score
RETURN labels(node) AS labels, node.id AS id, coalesce(node.name, node.text) AS label, score
ORDER BY score DESC
LIMIT $limit`;

/** Why an entity is one node: the forms each article used and how each was matched. */
export const WHY_MERGED = `
MATCH (e {id: $id})-[m:MENTIONED_IN]->(a:Article)
RETURN a.id AS article, a.title AS title, m.forms AS forms, m.resolution AS resolution, m.count AS mentions
ORDER BY a.publishedAt, a.id`;
