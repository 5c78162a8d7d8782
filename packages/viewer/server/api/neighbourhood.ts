import { REL_TYPES } from "@claimgraph/schema";
import neo4j, { type Node, type Relationship } from "neo4j-driver";
import type { z } from "zod";
import type { CountsResponse, ExpandableType, ExpandResponse, expandRequestSchema } from "../../shared/api/contract.js";
import { ApiError } from "../errors.js";
import type { Reader } from "../neo4j/reader.js";
import { GraphCollector, nodeKey, toPlain } from "../neo4j/values.js";
import { addClaimContext } from "./claim-context.js";
import { findNodeCypher } from "./find-node.js";

const notFound = (id: string) =>
  new ApiError(
    404,
    "not_found",
    `No node has the id "${id}". It may have been removed by a later ingest; search again.`,
  );

/**
 * One `COUNT { (n)-[:T]->() }` per relationship type of the closed list and direction: Neo4j answers
 * each from the node's degree store (a dense node's relationship groups) without reading a single
 * relationship, where grouping `MATCH (n)-[r]->()` by type walked all of a hub's 50,000. Types come
 * only from REL_TYPES (never input); the graph has no other type.
 */
const DEGREES = Object.values(REL_TYPES)
  .flatMap((type) => [
    `{type: '${type}', direction: 'out', count: COUNT { (n)-[:${type}]->() }}`,
    `{type: '${type}', direction: 'in', count: COUNT { (n)<-[:${type}]-() }}`,
  ])
  .join(",\n  ");

/** One round trip: no row means no node; a node without relationships gives an empty list. */
export function countsCypher(id: string): string {
  return `${findNodeCypher(id)}
RETURN n.id AS id, [c IN [
  ${DEGREES}
] WHERE c.count > 0] AS counts`;
}

export async function relationCounts(reader: Reader, id: string): Promise<CountsResponse> {
  const { records } = await reader.read(countsCypher(id), { id });
  const record = records[0];
  if (!record) throw notFound(id);
  const counts = (record.get("counts") as Array<{ type: string; direction: "out" | "in"; count: unknown }>)
    .map((c) => ({ type: c.type, direction: c.direction, count: toPlain(c.count) as number }))
    .sort((a, b) => b.count - a.count);
  // The node's current id: the request may name a former one (find-node.ts follows its alias).
  return { id: String(record.get("id") ?? id), counts };
}

/**
 * `(n)-[r:TYPE]->(m)`: the type comes from the closed list (validated by the request schema and
 * looked up in REL_TYPES), never from raw input, so Neo4j can count and expand by type directly.
 */
export function relationshipPattern(type: ExpandableType | undefined, direction: "out" | "in" | undefined): string {
  const rel = type ? `[r:${REL_TYPES[type]}]` : "[r]";
  if (direction === "out") return `(n)-${rel}->(m)`;
  if (direction === "in") return `(n)<-${rel}-(m)`;
  return `(n)-${rel}-(m)`;
}

/** An article as the expand query returns it: every property but its text (kilobytes the canvas never shows). */
interface ArticleWithoutText {
  labels: string[];
  elementId: string;
  properties: Record<string, unknown>;
}

function withoutText(value: Node | ArticleWithoutText): Node {
  if (neo4j.isNode(value as object)) return value as Node;
  const article = value as ArticleWithoutText;
  return new neo4j.types.Node(neo4j.int(-1), article.labels, article.properties, article.elementId);
}

/**
 * One page of neighbours. No ORDER BY: sorting a hub's thousands of neighbours costs more than the
 * page is worth; the store's order is stable between calls, so `skip` pages without gaps.
 */
export async function expand(reader: Reader, request: z.output<typeof expandRequestSchema>): Promise<ExpandResponse> {
  const pattern = relationshipPattern(request.type, request.direction);
  const query = `${findNodeCypher(request.id)}
CALL (n) { RETURN COUNT { ${pattern} } AS total }
CALL (n) { MATCH ${pattern} WITH r, m SKIP $skip LIMIT $limit
  RETURN collect([r, CASE WHEN m:Article THEN {labels: labels(m), elementId: elementId(m), properties: m {.*, text: null}} ELSE m END]) AS page }
RETURN n, total, page`;
  const params = { id: request.id, skip: request.skip, limit: request.limit };
  const { records } = await reader.read(query, params);
  const record = records[0];
  if (!record) throw notFound(request.id);
  const collector = new GraphCollector();
  const center = record.get("n") as Node;
  collector.addNode(center);
  const claimIds = new Set<string>();
  if (center.labels.includes("Claim")) claimIds.add(String(center.properties.id));
  const page = (record.get("page") as Array<[Relationship, Node | ArticleWithoutText]>).map(
    ([rel, node]) => [rel, withoutText(node)] as const,
  );
  for (const [rel, node] of page) {
    collector.addNode(node);
    collector.add(rel);
    if (node.labels.includes("Claim")) claimIds.add(String(node.properties.id));
  }
  await addClaimContext(reader, [...claimIds], collector);
  const total = toPlain(record.get("total")) as number;
  return {
    id: nodeKey(center),
    graph: collector.graph(),
    total,
    returned: page.length,
    truncated: request.skip + page.length < total,
  };
}
