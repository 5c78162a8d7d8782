/**
 * The Statements view (issue 18): statements ranked by reports or by disputes, and one statement's
 * reports as a graph (claims with speakers, targets and the DISPUTES edges at them). Read-only,
 * parameterised, capped like every route (the reader's timeout and row cap, LIMIT on every list).
 */
import { NODE_LABELS, REL_TYPES } from "@claimgraph/schema";
import neo4j, { type Node, type Relationship } from "neo4j-driver";
import {
  type RankedStatement,
  STATEMENT_LIMITS,
  type StatementGraphResponse,
  type StatementRanking,
  type StatementsResponse,
} from "../../shared/statements/contract.js";
import { ApiError } from "../errors.js";
import type { Reader } from "../neo4j/reader.js";
import { GraphCollector, toPlain } from "../neo4j/values.js";
import { addClaimContext } from "./claim-context.js";

const { Statement, Claim } = NODE_LABELS;
const { REPORTS, DISPUTES, SAID } = REL_TYPES;

/** Distinct claims disputing any report of `s`. */
const DISPUTED_BY = `COUNT { MATCH (d:${Claim})-[:${DISPUTES}]->(:${Claim})-[:${REPORTS}]->(s) RETURN DISTINCT d }`;

/** Statements reported more than once, most reports first (then most outlets, earliest first report). */
const MOST_REPEATED = `
MATCH (s:${Statement}) WHERE s.reports > 1
WITH s ORDER BY s.reports DESC, s.outlets DESC, s.firstOrder, s.id LIMIT $limit
RETURN s, ${DISPUTED_BY} AS disputedBy`;

/** Statements whose reports are disputed, by the most distinct disputing claims. */
const MOST_DISPUTED = `
MATCH (d:${Claim})-[:${DISPUTES}]->(:${Claim})-[:${REPORTS}]->(s:${Statement})
WITH s, count(DISTINCT d) AS disputedBy
ORDER BY disputedBy DESC, s.reports DESC, s.firstOrder, s.id LIMIT $limit
RETURN s, disputedBy`;

/** Each listed statement's first report: its wording and its speaker. */
const FIRST_REPORTS = `
UNWIND $rows AS row
OPTIONAL MATCH (c:${Claim} {id: row.first})
RETURN row.id AS id, c.text AS text, head([(p)-[:${SAID}]->(c) | p {.id, .name}]) AS speaker`;

const str = (v: unknown) => (typeof v === "string" ? v : "");
const num = (v: unknown) => {
  const n = toPlain(v);
  return typeof n === "number" ? n : 0;
};

export async function rankStatements(reader: Reader, by: StatementRanking, limit: number): Promise<StatementsResponse> {
  const query = by === "repeated" ? MOST_REPEATED : MOST_DISPUTED;
  const { records } = await reader.read(query, { limit: neo4j.int(limit + 1) }, { maxRows: limit + 1 });
  const listed = records.slice(0, limit).map((r) => ({
    s: (r.get("s") as Node).properties,
    disputedBy: num(r.get("disputedBy")),
  }));
  const firsts = await reader.read(
    FIRST_REPORTS,
    { rows: listed.map(({ s }) => ({ id: str(s.id), first: str(s.firstClaim) })) },
    { maxRows: limit },
  );
  const first = new Map(firsts.records.map((r) => [str(r.get("id")), r]));
  const statements: RankedStatement[] = listed.map(({ s, disputedBy }) => {
    const f = first.get(str(s.id));
    const speaker = f?.get("speaker") as { id?: unknown; name?: unknown } | null | undefined;
    return {
      id: str(s.id),
      text: str(f?.get("text")),
      speaker: speaker ? { id: str(speaker.id), name: str(speaker.name) } : null,
      reports: num(s.reports),
      articles: num(s.articles),
      outlets: num(s.outlets),
      firstOutlet: str(s.firstOutlet),
      firstPublishedAt: str(toPlain(s.firstPublishedAt)),
      firstClaimId: str(s.firstClaim),
      disputedBy,
    };
  });
  return { by, statements, truncated: records.length > limit };
}

/** A statement's reports, first report first (earliest date, undated last, then ingestion order). */
const REPORT_IDS = `
MATCH (s:${Statement} {id: $id})
CALL (s) {
  MATCH (r:${Claim})-[rep:${REPORTS}]->(s)
  OPTIONAL MATCH (r)-[:REPORTED_IN]->(a:Article)
  WITH r, rep, a ORDER BY a.publishedAt IS NULL, a.publishedAt, rep.order, r.id
  LIMIT $limit
  RETURN collect(r.id) AS claims
}
RETURN s.reports AS reports, claims`;

/** DISPUTES edges at the reports, both ways, with the claim at the other end. */
const DISPUTE_EDGES = `
UNWIND $ids AS cid
MATCH (c:${Claim} {id: cid})
CALL (c) { MATCH (c)-[d:${DISPUTES}]-(o:${Claim}) RETURN d, o LIMIT $per }
RETURN d, o.id AS other`;

export async function statementGraph(reader: Reader, id: string): Promise<StatementGraphResponse> {
  const { records } = await reader.read(REPORT_IDS, { id, limit: neo4j.int(STATEMENT_LIMITS.graphReports) });
  const record = records[0];
  if (!record) {
    throw new ApiError(
      404,
      "not_found",
      `No statement has the id "${id}". A later ingest may have merged it; reload the Statements view.`,
    );
  }
  const claims = record.get("claims") as string[];
  const disputes = await reader.read(DISPUTE_EDGES, { ids: claims, per: neo4j.int(STATEMENT_LIMITS.graphDisputes) });
  const others = disputes.records.map((r) => str(r.get("other"))).filter((other) => !claims.includes(other));
  const collector = new GraphCollector();
  await addClaimContext(reader, [...claims, ...new Set(others)], collector);
  for (const r of disputes.records) collector.add(r.get("d") as Relationship);
  const reports = num(record.get("reports"));
  return {
    id,
    firstClaimId: claims[0] ?? "",
    graph: collector.graph(),
    reports,
    returned: claims.length,
    truncated: reports > claims.length,
  };
}
