import { FULLTEXT_INDEX } from "@claimgraph/schema";
import type { Node } from "neo4j-driver";
import type { SearchRequest, SearchResponse } from "../../src/api/contract.js";
import type { Reader } from "../neo4j/reader.js";
import { caption, displayText, drawnLabel, nodeKey, toPlain } from "../neo4j/values.js";
import { toLucene } from "./lucene.js";

const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $fetch}) YIELD node, score
RETURN node, score,
  CASE WHEN node:Claim THEN head([(s)-[:SAID]->(node) | s.name]) ELSE null END AS speaker,
  CASE WHEN node:Claim THEN 0 ELSE COUNT { (node)-[:SAID]->() } END AS said,
  CASE WHEN node:Claim THEN 0 ELSE COUNT { (node)<-[:ABOUT]-() } END AS about`;

export async function search(reader: Reader, request: SearchRequest): Promise<SearchResponse> {
  const lucene = toLucene(request.q);
  if (!lucene) return { query: request.q, hits: [], truncated: false };
  const { records } = await reader.read(SEARCH, { index: FULLTEXT_INDEX, lucene, fetch: request.limit + 1 });
  const hits = records.slice(0, request.limit).map((record) => {
    const node = record.get("node") as Node;
    const label = drawnLabel(node.labels);
    const speaker = record.get("speaker") as string | null;
    const said = toPlain(record.get("said")) as number;
    const about = toPlain(record.get("about")) as number;
    return {
      id: nodeKey(node),
      label,
      name: caption(label, node.properties),
      detail:
        label === "Claim"
          ? `claim by ${displayText(speaker ?? "unknown source")}`
          : `${said} claims made · ${about} about`,
      score: Number(record.get("score")),
    };
  });
  return { query: request.q, hits, truncated: records.length > request.limit };
}
