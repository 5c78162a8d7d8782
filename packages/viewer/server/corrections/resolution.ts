/**
 * GET /api/corrections?entity=<id>: how a node came to be — each article's mention with the forms
 * it used and why it is this node, its possible matches with their evidence, and the corrections
 * that name it. A read, through the read-only reader. An id no node has any more is answered for the
 * node it became (its `IdAlias`), under that node's id.
 */
import {
  CURRENT_ID,
  NODE_LABELS as L,
  REL_TYPES as R,
  splitScopedId,
  correctionRecordSchema as storedRecord,
} from "@claimgraph/schema";
import type { CorrectionRecord, ResolutionResponse } from "../../shared/corrections/contract.js";
import { ApiError } from "../errors.js";
import type { Reader } from "../neo4j/reader.js";
import { toPlain } from "../neo4j/values.js";
import { NAMED_ENTITY } from "./named-entity.js";

const LIST = 100;

const RESOLUTION = `
${NAMED_ENTITY}
WITH n, label LIMIT 1
CALL (n) {
  MATCH (n)-[m:${R.MENTIONED_IN}]->(a:${L.Article})
  WITH m, a ORDER BY a.publishedAt DESC, a.sourceKey LIMIT ${LIST}
  RETURN collect({articleId: a.id, title: coalesce(a.title, a.sourceKey), sourceKey: a.sourceKey, forms: coalesce(m.forms, []),
                  resolution: coalesce(m.resolution, ''), before: m.before, correction: m.correction}) AS mentions
}
CALL (n) {
  MATCH (n)-[r:${R.POSSIBLY_SAME_AS}]-(o:${L.Person})
  WITH r, o, startNode(r) = n AS out ORDER BY r.score DESC, o.name LIMIT ${LIST}
  RETURN collect({direction: CASE WHEN out THEN 'out' ELSE 'in' END, other: {id: o.id, name: o.name},
                  score: r.score, evidence: r.evidence, articleId: r.articleId}) AS possible
}
CALL () {
  OPTIONAL MATCH (scope:${L.Article} {id: $scope})
  MATCH (c:${L.Correction})
  WHERE (scope IS NULL AND (c.entity = $id OR c.target = $id))
     OR (scope IS NOT NULL AND c.entity = $base AND c.sourceKey = scope.sourceKey)
  WITH c ORDER BY c.at DESC LIMIT ${LIST}
  RETURN collect(properties(c)) AS corrections
}
RETURN n.id AS id, n.name AS name, label, coalesce(n.aliases, []) AS aliases, mentions, possible, corrections,
       COUNT { (n)-[:${R.MENTIONED_IN}]->() } AS mentionsTotal`;

async function readResolution(reader: Reader, id: string) {
  const { base, article } = splitScopedId(id);
  const { records } = await reader.read(RESOLUTION, { id, base, scope: article ?? null });
  return records[0];
}

/** The details of the node `id` names, or of the node it became (its `IdAlias`) when no node has it any more. */
export async function resolutionDetails(reader: Reader, id: string): Promise<ResolutionResponse> {
  let row = await readResolution(reader, id);
  if (!row) {
    const current = (await reader.read(CURRENT_ID, { id })).records[0]?.get("id");
    if (typeof current === "string" && current !== id) row = await readResolution(reader, current);
  }
  if (!row) throw new ApiError(404, "not_found", `No person or organization has the id "${id}".`);
  const plain = (key: string) => toPlain(row.get(key));
  return {
    entity: {
      id: String(plain("id")),
      name: String(plain("name") ?? ""),
      label: String(plain("label")),
      aliases: (plain("aliases") as unknown[]).map(String),
    },
    mentions: plain("mentions") as ResolutionResponse["mentions"],
    mentionsTotal: Number(plain("mentionsTotal")),
    possible: plain("possible") as ResolutionResponse["possible"],
    corrections: (plain("corrections") as unknown[]).map((c): CorrectionRecord => storedRecord.parse(c)),
  };
}
