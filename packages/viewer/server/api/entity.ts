import type { Node } from "neo4j-driver";
import type { ClaimSummary, EntityRef, EntityResponse } from "../../shared/api/contract.js";
import { ApiError } from "../errors.js";
import type { Reader } from "../neo4j/reader.js";
import { caption, drawnLabel, nodeKey, toGraphNode, toPlain } from "../neo4j/values.js";
import { findNodeCypher } from "./find-node.js";

const LIST = 50;

/**
 * Mentions read to choose the most recent articles: a hub is mentioned in tens of thousands, and
 * sorting all of them by date cost more than the panel is worth. The store gives a node's newest
 * relationships first, so these are the latest ingested; the list is the most recent of them by date.
 */
export const RECENT_POOL = 2_000;

const claimRow = (c: string) =>
  `{c: ${c}, speaker: head([(s)-[:SAID]->(${c}) | s.name]), outlet: head([(${c})-[:REPORTED_IN]->(a:Article) | a.source])}`;

export function entityCypher(id: string): string {
  return `${findNodeCypher(id)}
CALL (n) { MATCH (n)-[r:AFFILIATED_WITH]-(o) WITH r, o LIMIT ${LIST}
  RETURN collect({o: o, role: r.role, former: r.former, articleId: r.articleId, out: startNode(r) = n}) AS affiliations }
CALL (n) { MATCH (n)-[:SAID]->(c:Claim) WITH c LIMIT ${LIST} RETURN collect(${claimRow("c")}) AS made }
CALL (n) { MATCH (n)<-[:ABOUT]-(c:Claim) WITH c LIMIT ${LIST} RETURN collect(${claimRow("c")}) AS about }
CALL (n) { MATCH (n)-[m:MENTIONED_IN]->(a:Article) WITH m, a LIMIT ${RECENT_POOL}
  WITH m, a ORDER BY a.publishedAt DESC LIMIT ${LIST}
  RETURN collect({a: a {.id, .title, .sourceKey, .source, .publishedAt, elementId: elementId(a)}, count: m.count}) AS articles }
RETURN n, affiliations, made, about, articles,
  COUNT { (n)-[:SAID]->() } AS madeTotal, COUNT { (n)<-[:ABOUT]-() } AS aboutTotal,
  COUNT { (n)-[:MENTIONED_IN]->() } AS articlesTotal`;
}

/** An article in the list: the properties it shows, never its text (kilobytes the list does not show). */
type ArticleRow = Record<string, unknown> & { elementId: string };

function toRef(node: Node): EntityRef {
  const label = drawnLabel(node.labels);
  return { id: nodeKey(node), name: caption(label, node.properties), label };
}

function toClaims(rows: unknown): ClaimSummary[] {
  return (rows as Array<{ c: Node; speaker: string | null; outlet: string | null }>).map(({ c, speaker, outlet }) => ({
    id: nodeKey(c),
    text: String(c.properties.text ?? ""),
    kind: String(c.properties.kind ?? ""),
    outlet: outlet ?? "",
    speaker: speaker ?? "",
  }));
}

const str = (v: unknown) => (typeof v === "string" ? v : v === null || v === undefined ? "" : String(toPlain(v)));

export async function entityDetails(reader: Reader, id: string): Promise<EntityResponse> {
  const { records } = await reader.read(entityCypher(id), { id });
  const record = records[0];
  if (!record) throw new ApiError(404, "not_found", `No person, organization, claim or article has the id "${id}".`);
  const node = record.get("n") as Node;
  const aliases = node.properties.aliases;
  return {
    node: toGraphNode(node),
    aliases: Array.isArray(aliases) ? aliases.map(String) : [],
    affiliations: (
      record.get("affiliations") as Array<{ o: Node; role: unknown; former: unknown; articleId: unknown; out: boolean }>
    ).map((a) => ({
      other: toRef(a.o),
      role: str(a.role),
      former: a.former === true,
      articleId: str(a.articleId),
      direction: a.out ? ("out" as const) : ("in" as const),
    })),
    claimsMade: toClaims(record.get("made")),
    claimsMadeTotal: toPlain(record.get("madeTotal")) as number,
    claimsAbout: toClaims(record.get("about")),
    claimsAboutTotal: toPlain(record.get("aboutTotal")) as number,
    articles: (record.get("articles") as Array<{ a: ArticleRow; count: unknown }>).map(({ a, count }) => ({
      id: typeof a.id === "string" && a.id ? a.id : `element:${a.elementId}`,
      title: caption("Article", a),
      outlet: str(a.source),
      publishedAt: str(a.publishedAt),
      mentions: Number(toPlain(count) ?? 0),
    })),
    articlesTotal: toPlain(record.get("articlesTotal")) as number,
  };
}
