/**
 * Shortest path between two nodes (issue 15): Neo4j's shortestPath over a closed list of
 * relationship types, bounded in length, in a read transaction with the reader's timeout. The ids
 * are parameters; the types and the bound come from closed lists (the request schema allows only
 * integers 1..MAX_PATH_LENGTH), never from the text of a request.
 */
import { REL_TYPES } from "@claimgraph/schema";
import type { Node, Path } from "neo4j-driver";
import type { z } from "zod";
import { edgeId } from "../../shared/api/contract.js";
import {
  MAX_PATH_LENGTH,
  type PathResponse,
  type PathScope,
  type pathRequestSchema,
} from "../../shared/paths/contract.js";
import { ApiError } from "../errors.js";
import type { Reader } from "../neo4j/reader.js";
import { GraphCollector, nodeKey } from "../neo4j/values.js";
import { findNodeCall } from "./find-node.js";

const { SAID, ABOUT, VIA, AFFILIATED_WITH, DISPUTES, REPORTED_IN, MENTIONED_IN } = REL_TYPES;

export const PATH_TYPES: Record<PathScope, readonly string[]> = {
  claims: [SAID, ABOUT, VIA, AFFILIATED_WITH, DISPUTES],
  articles: [SAID, ABOUT, VIA, AFFILIATED_WITH, DISPUTES, REPORTED_IN, MENTIONED_IN],
};

/** The query for one scope and bound: both from closed sets, checked here once more. */
export function pathCypher(from: string, to: string, scope: PathScope, max: number): string {
  if (!Number.isInteger(max) || max < 1 || max > MAX_PATH_LENGTH) {
    throw new ApiError(
      400,
      "bad_request",
      `The path length bound must be a whole number from 1 to ${MAX_PATH_LENGTH}.`,
    );
  }
  const types = PATH_TYPES[scope].join("|");
  return `${findNodeCall(from, "a", "from")} WITH a LIMIT 1
${findNodeCall(to, "b", "to")} WITH a, b LIMIT 1
OPTIONAL MATCH p = shortestPath((a)-[:${types}*..${max}]-(b))
RETURN a, b, p`;
}

export async function shortestPath(reader: Reader, request: z.output<typeof pathRequestSchema>): Promise<PathResponse> {
  const { from, to, scope, max } = request;
  const { records } = await reader.read(pathCypher(from, to, scope, max), { from, to }, { maxRows: 1 });
  const record = records[0];
  if (!record) {
    throw new ApiError(404, "not_found", `No node has the id "${from}" or "${to}". Search for them again.`);
  }
  const path = record.get("p") as Path | null;
  // The ends' current ids: a request may name a former id (find-node.ts follows its alias).
  const ends = { from: nodeKey(record.get("a") as Node), to: nodeKey(record.get("b") as Node) };
  const empty = { ...ends, max, scope, length: null, graph: { nodes: [], edges: [] }, nodeIds: [], edgeIds: [] };
  if (!path) return empty;
  const collector = new GraphCollector();
  collector.add(path);
  const nodeIds = [nodeKey(path.start as Node), ...path.segments.map((s) => nodeKey(s.end as Node))];
  const graph = collector.graph();
  const edgeIds = path.segments.map((s) => {
    const rel = s.relationship;
    const forward = rel.startNodeElementId === s.start.elementId;
    const [source, target] = forward ? [nodeKey(s.start), nodeKey(s.end)] : [nodeKey(s.end), nodeKey(s.start)];
    return edgeId(rel.type, source, target, rel.properties);
  });
  return { ...empty, length: path.length, graph, nodeIds, edgeIds };
}
