import { FULLTEXT_INDEX } from "@claimgraph/schema";
import type { Node } from "neo4j-driver";
import type { SearchRequest, SearchResponse } from "../../shared/api/contract.js";
import type { Reader } from "../neo4j/reader.js";
import { caption, displayText, drawnLabel, nodeKey, toPlain } from "../neo4j/values.js";
import { toLucene } from "./lucene.js";

const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $fetch}) YIELD node, score
RETURN node, score,
  CASE WHEN node:Claim THEN head([(s)-[:SAID]->(node) | s.name]) ELSE null END AS speaker,
  CASE WHEN node:Claim THEN 0 ELSE COUNT { (node)-[:SAID]->() } END AS said,
  CASE WHEN node:Claim THEN 0 ELSE COUNT { (node)<-[:ABOUT]-() } END AS about,
  CASE WHEN node:Claim THEN 1 ELSE COUNT { (node)-[:MENTIONED_IN]->() } END AS articles`;

/** Full-text hits read before ranking, so a well-attested entity below the first `limit` can move up. */
const RANK_POOL = 100;

/**
 * The order of search hits: the full-text score weighted by how many articles mention the node
 * (1 + ln articles), and halved for a name kept inside one article (`person:trump@<article>`), so a
 * resolved "Donald Trump" with many aliases comes before a leftover article-scoped "Trump", whose
 * short field scores higher in Lucene. Pure.
 */
export function rankScore(score: number, articles: number, id: string): number {
  return score * (1 + Math.log(Math.max(1, articles))) * (id.includes("@") ? 0.5 : 1);
}

export async function search(reader: Reader, request: SearchRequest): Promise<SearchResponse> {
  const lucene = toLucene(request.q);
  if (!lucene) return { query: request.q, hits: [], truncated: false };
  const fetch = Math.max(request.limit + 1, RANK_POOL);
  const { records: found } = await reader.read(SEARCH, { index: FULLTEXT_INDEX, lucene, fetch });
  const ranked = found
    .map((record, order) => {
      const node = record.get("node") as Node;
      const id = String(node.properties.id ?? "");
      const rank = rankScore(Number(record.get("score")), toPlain(record.get("articles")) as number, id);
      return { record, order, rank };
    })
    .sort((a, b) => b.rank - a.rank || a.order - b.order);
  const records = ranked.map((r) => r.record);
  const rankOf = new Map(ranked.map((r) => [r.record, r.rank]));
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
      score: rankOf.get(record) ?? Number(record.get("score")),
    };
  });
  return { query: request.q, hits, truncated: records.length > request.limit };
}
