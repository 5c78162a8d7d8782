import type { Node, Relationship } from "neo4j-driver";
import type { ClaimResponse, EntityRef } from "../../shared/api/contract.js";
import { ApiError } from "../errors.js";
import type { Reader } from "../neo4j/reader.js";
import { caption, drawnLabel, nodeKey, toPlain } from "../neo4j/values.js";
import { paragraphAround } from "./paragraph.js";

const CLAIM = `
MATCH (c:Claim {id: $id})
OPTIONAL MATCH (c)-[r:REPORTED_IN]->(a:Article)
WITH c, r, a LIMIT 1
RETURN c, r, a,
  [(s)-[:SAID]->(c) | s] AS speakers,
  [(c)-[:ABOUT]->(t) | t] AS targets,
  [(c)-[:VIA]->(o) | o] AS via`;

const refs = (nodes: unknown): EntityRef[] =>
  (nodes as Node[]).map((node) => {
    const label = drawnLabel(node.labels);
    return { id: nodeKey(node), name: caption(label, node.properties), label };
  });

const num = (v: unknown): number | undefined => {
  const n = toPlain(v);
  return typeof n === "number" ? n : undefined;
};
const str = (v: unknown) => (typeof v === "string" ? v : "");

export async function claimDetails(reader: Reader, id: string): Promise<ClaimResponse> {
  const { records } = await reader.read(CLAIM, { id });
  const record = records[0];
  if (!record) throw new ApiError(404, "not_found", `No claim has the id "${id}".`);
  const claim = record.get("c") as Node;
  const rel = record.get("r") as Relationship | null;
  const article = record.get("a") as Node | null;
  const p = rel?.properties ?? {};
  const context =
    article && typeof article.properties.text === "string"
      ? paragraphAround(
          article.properties.text,
          { start: num(p.start), end: num(p.end) },
          { start: num(p.cueStart), end: num(p.cueEnd) },
          { start: num(p.speakerStart), end: num(p.speakerEnd) },
        )
      : null;
  return {
    claim: {
      id: nodeKey(claim),
      text: str(claim.properties.text),
      kind: str(claim.properties.kind),
      cue: str(claim.properties.cue),
      anonymous: claim.properties.anonymous === true,
    },
    speakers: refs(record.get("speakers")),
    targets: refs(record.get("targets")),
    via: refs(record.get("via")),
    article: article
      ? {
          id: nodeKey(article),
          title: caption("Article", article.properties),
          outlet: str(article.properties.source),
          url: str(article.properties.url),
          publishedAt: str(toPlain(article.properties.publishedAt)),
        }
      : null,
    context,
  };
}
