/**
 * Adds each claim's speakers, targets and outlet to a graph being built, so claims can fold into
 * speaker → target edges, and the statement it reports (id and figures: snapshots and exports carry them).
 */
import type { Node, Relationship } from "neo4j-driver";
import type { Reader } from "../neo4j/reader.js";
import { type GraphCollector, toPlain } from "../neo4j/values.js";

const CLAIM_CONTEXT = `
UNWIND $ids AS cid
MATCH (c:Claim {id: cid})
WITH c, head([(c)-[:REPORTED_IN]->(a:Article) | a {.source, .publishedAt, .title, .url}]) AS a,
  head([(c)-[:REPORTS]->(s:Statement) | s {.id, .reports, .articles, .outlets}]) AS st
RETURN c, st,
  a.source AS outlet, a.publishedAt AS publishedAt, a.title AS articleTitle, a.url AS articleUrl,
  [(s)-[r:SAID]->(c) | [r, s]][..20] AS speakers,
  [(c)-[r:ABOUT]->(t) | [r, t]][..20] AS targets`;

export async function addClaimContext(reader: Reader, claimIds: string[], collector: GraphCollector): Promise<void> {
  if (claimIds.length === 0) return;
  const { records } = await reader.read(CLAIM_CONTEXT, { ids: claimIds }, { maxRows: claimIds.length });
  for (const record of records) {
    const claim = record.get("c") as Node;
    collector.addNode(claim, {
      outlet: record.get("outlet") ?? "",
      publishedAt: record.get("publishedAt") ?? "",
      // Sharing: exported claim rows carry the article's title and URL.
      articleTitle: record.get("articleTitle") ?? "",
      articleUrl: record.get("articleUrl") ?? "",
      ...statementProps(record.get("st")),
    });
    for (const pair of [...(record.get("speakers") as unknown[][]), ...(record.get("targets") as unknown[][])]) {
      const [rel, node] = pair as [Relationship, Node];
      collector.addNode(node);
      collector.add(rel);
    }
  }
}

/** The claim-node properties naming its statement (none when the loader grouped nothing for it). */
function statementProps(st: unknown): Record<string, unknown> {
  if (!st || typeof st !== "object") return {};
  const s = st as Record<string, unknown>;
  return {
    statementId: s.id,
    statementReports: toPlain(s.reports),
    statementArticles: toPlain(s.articles),
    statementOutlets: toPlain(s.outlets),
  };
}
