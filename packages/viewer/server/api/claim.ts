import neo4j, { type Node, type Relationship } from "neo4j-driver";
import { type ClaimResponse, type EntityRef, MAX_STATEMENT_REPORTS } from "../../shared/api/contract.js";
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

/** The claim's statement with its reports, first report first (earliest date, undated last, then ingestion order). */
const STATEMENT = `
MATCH (:Claim {id: $id})-[:REPORTS]->(s:Statement)
CALL (s) {
  MATCH (r:Claim)-[rep:REPORTS]->(s)
  OPTIONAL MATCH (r)-[:REPORTED_IN]->(a:Article)
  WITH r, rep, a ORDER BY a.publishedAt IS NULL, a.publishedAt, rep.order, r.id
  LIMIT $limit
  RETURN collect({claimId: r.id, text: r.text, articleId: a.id, title: a.title, outlet: a.source, publishedAt: a.publishedAt}) AS list
}
RETURN s, list`;

/** DISPUTES edges from and to the claim, with the other claim's speaker. */
const DISPUTES = `
MATCH (c:Claim {id: $id})
RETURN
  [(c)-[d:DISPUTES]->(o:Claim) | {claimId: o.id, text: o.text, evidence: d.evidence, speaker: head([(s)-[:SAID]->(o) | s.name])}][..$limit] AS disputes,
  [(o:Claim)-[d:DISPUTES]->(c) | {claimId: o.id, text: o.text, evidence: d.evidence, speaker: head([(s)-[:SAID]->(o) | s.name])}][..$limit] AS disputedBy`;

type Row = Record<string, unknown>;
const disputeRows = (rows: unknown) =>
  (rows as Row[]).map((r) => ({
    claimId: str(r.claimId),
    text: str(r.text),
    speaker: str(r.speaker),
    evidence: str(r.evidence),
  }));

async function statementOf(reader: Reader, id: string): Promise<ClaimResponse["statement"]> {
  const { records } = await reader.read(STATEMENT, { id, limit: neo4j.int(MAX_STATEMENT_REPORTS) });
  const record = records[0];
  if (!record) return null;
  const s = (record.get("s") as Node).properties;
  return {
    id: str(s.id),
    reports: num(s.reports) ?? 0,
    articles: num(s.articles) ?? 0,
    outlets: num(s.outlets) ?? 0,
    firstOutlet: str(s.firstOutlet),
    firstPublishedAt: str(toPlain(s.firstPublishedAt)),
    firstClaimId: str(s.firstClaim),
    list: (record.get("list") as Row[]).map((r) => ({
      claimId: str(r.claimId),
      text: str(r.text),
      articleId: str(r.articleId),
      title: str(r.title),
      outlet: str(r.outlet),
      publishedAt: str(toPlain(r.publishedAt)),
    })),
  };
}

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
  const statement = await statementOf(reader, id);
  const disputes = (await reader.read(DISPUTES, { id, limit: neo4j.int(MAX_STATEMENT_REPORTS) })).records[0];
  return {
    statement,
    disputes: disputeRows(disputes?.get("disputes") ?? []),
    disputedBy: disputeRows(disputes?.get("disputedBy") ?? []),
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
