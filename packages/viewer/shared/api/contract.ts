/**
 * The viewer's HTTP API: request and response shapes, validated with zod on both sides (the server
 * parses requests and checks its answers; the browser parses what it receives). Pure: no DOM, no Node.
 */
import { z } from "zod";
import { stringFields } from "../string-fields.js";

/** Node labels the viewer draws as distinct shapes; anything else is drawn as "Other". */
export const DRAWN_LABELS = ["Person", "Organization", "Claim", "Article"] as const;
export type DrawnLabel = (typeof DRAWN_LABELS)[number] | "Other";

export const EXPANDABLE_TYPES = ["SAID", "ABOUT", "REPORTED_IN", "AFFILIATED_WITH", "MENTIONED_IN", "VIA"] as const;
export type ExpandableType = (typeof EXPANDABLE_TYPES)[number];

export const LIMITS = {
  searchMax: 50,
  expandMax: 500,
  cypherRowsMax: 5000,
  cypherLength: 20_000,
  /** Largest Cypher answer (rows and graph, as JSON) the server sends; more is cut at a whole row. */
  cypherBytesMax: 8 * 1024 * 1024,
  /** Deepest nesting of lists and maps in Cypher parameters. */
  cypherParamsDepth: 8,
  idLength: 300,
  queryLength: 200,
} as const;

const props = z.record(z.string(), z.unknown());

export const graphNodeSchema = z.object({
  id: z.string(),
  label: z.enum([...DRAWN_LABELS, "Other"]),
  labels: z.array(z.string()),
  /** Caption: a name, a claim's text (shortened) or an article's title. */
  name: z.string(),
  props,
});
export type GraphNode = z.infer<typeof graphNodeSchema>;

export const graphEdgeSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.string(),
  props,
});
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

/**
 * One id per relationship meaning, so the same edge from two queries lands on the canvas once: the
 * server names edges with it, and the browser names them again with it when a node's id changes.
 */
export function edgeId(type: string, source: string, target: string, props: Record<string, unknown>): string {
  const scope = typeof props.articleId === "string" ? `@${props.articleId}` : "";
  return `${type}:${source}->${target}${scope}`;
}

export const graphSchema = z.object({ nodes: z.array(graphNodeSchema), edges: z.array(graphEdgeSchema) });
export type GraphPayload = z.infer<typeof graphSchema>;

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** For Cypher errors: where in the query (1-based line and column, 0-based offset). */
    position: z.object({ line: z.number(), column: z.number(), offset: z.number() }).optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

// --- search -------------------------------------------------------------------------------------
export const searchRequestSchema = z.object({
  q: z.string().trim().min(1, "type at least one character").max(LIMITS.queryLength),
  limit: z.coerce.number().int().min(1).max(LIMITS.searchMax).default(12),
});
export type SearchRequest = z.infer<typeof searchRequestSchema>;

export const searchHitSchema = z.object({
  id: z.string(),
  label: z.enum([...DRAWN_LABELS, "Other"]),
  name: z.string(),
  /** For claims: the speaker; for entities: how many claims they made. */
  detail: z.string(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;
export const searchResponseSchema = z.object({
  query: z.string(),
  hits: z.array(searchHitSchema),
  truncated: z.boolean(),
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;

// --- neighbourhood ------------------------------------------------------------------------------
export const idRequestSchema = z.object({ id: z.string().min(1).max(LIMITS.idLength) });

export const relationCountSchema = z.object({
  type: z.string(),
  direction: z.enum(["out", "in"]),
  count: z.number(),
});
export type RelationCount = z.infer<typeof relationCountSchema>;
/**
 * `id` in the answers about one node (counts, expand; the node in entity details; a path's ends) is
 * the node's current id. A request may name a former one (a snapshot or link made before the node
 * was re-keyed or merged: the server follows its alias); the client then renames its node.
 */
export const countsResponseSchema = z.object({ id: z.string(), counts: z.array(relationCountSchema) });
export type CountsResponse = z.infer<typeof countsResponseSchema>;

export const expandRequestSchema = z.object({
  id: z.string().min(1).max(LIMITS.idLength),
  type: z.enum(EXPANDABLE_TYPES).optional(),
  direction: z.enum(["out", "in"]).optional(),
  limit: z.number().int().min(1).max(LIMITS.expandMax).default(100),
  /** Paging: skip this many neighbours (the "load more" of a truncated expansion). */
  skip: z.number().int().min(0).max(100_000).default(0),
});
export type ExpandRequest = z.input<typeof expandRequestSchema>;
export const expandResponseSchema = z.object({
  /** The expanded node's current id (differs from the request's when that named a former id). */
  id: z.string(),
  graph: graphSchema,
  /** How many neighbours match in all, and how many came back. */
  total: z.number(),
  returned: z.number(),
  truncated: z.boolean(),
});
export type ExpandResponse = z.infer<typeof expandResponseSchema>;

// --- details ------------------------------------------------------------------------------------
const ref = z.object({ id: z.string(), name: z.string(), label: z.enum([...DRAWN_LABELS, "Other"]) });
export type EntityRef = z.infer<typeof ref>;
const claimSummary = stringFields("id", "text", "kind", "outlet", "speaker");
export type ClaimSummary = z.infer<typeof claimSummary>;

export const entityResponseSchema = z.object({
  node: graphNodeSchema,
  aliases: z.array(z.string()),
  affiliations: z.array(
    z.object({
      other: ref,
      role: z.string(),
      former: z.boolean(),
      articleId: z.string(),
      direction: z.enum(["out", "in"]),
    }),
  ),
  claimsMade: z.array(claimSummary),
  claimsMadeTotal: z.number(),
  claimsAbout: z.array(claimSummary),
  claimsAboutTotal: z.number(),
  articles: z.array(
    z.object({ id: z.string(), title: z.string(), outlet: z.string(), publishedAt: z.string(), mentions: z.number() }),
  ),
  articlesTotal: z.number(),
});
export type EntityResponse = z.infer<typeof entityResponseSchema>;

/** One report of a statement: a claim in an article, in the order the statement was reported. */
export const statementReportSchema = stringFields("claimId", "text", "articleId", "title", "outlet", "publishedAt");
export type StatementReport = z.infer<typeof statementReportSchema>;

/**
 * A statement's figures, as every answer that shows a statement gives them: reports (claims),
 * distinct articles and outlets, and the first report (outlet, date, claim).
 */
export const statementFigures = {
  reports: z.number(),
  articles: z.number(),
  outlets: z.number(),
  firstOutlet: z.string(),
  firstPublishedAt: z.string(),
  firstClaimId: z.string(),
};

/** The statement a claim reports: the same utterance across articles (at most MAX_STATEMENT_REPORTS reports listed). */
export const statementSchema = z.object({
  id: z.string(),
  ...statementFigures,
  /** First report first. */
  list: z.array(statementReportSchema),
});
export type StatementInfo = z.infer<typeof statementSchema>;
export const MAX_STATEMENT_REPORTS = 50;

/** A DISPUTES edge seen from one of its claims. */
export const disputeSchema = stringFields("claimId", "text", "speaker", "evidence");
export type DisputeInfo = z.infer<typeof disputeSchema>;

export const claimResponseSchema = z.object({
  claim: z.object({ id: z.string(), text: z.string(), kind: z.string(), cue: z.string(), anonymous: z.boolean() }),
  statement: statementSchema.nullable().optional(),
  /** Claims this one disputes, and claims that dispute it. */
  disputes: z.array(disputeSchema).optional(),
  disputedBy: z.array(disputeSchema).optional(),
  speakers: z.array(ref),
  targets: z.array(ref),
  via: z.array(ref),
  article: z
    .object({ id: z.string(), title: z.string(), outlet: z.string(), url: z.string(), publishedAt: z.string() })
    .nullable(),
  /** The paragraph around the claim, with offsets relative to `paragraph` (UTF-16, end exclusive). */
  context: z
    .object({
      paragraph: z.string(),
      paragraphStart: z.number(),
      quote: z.object({ start: z.number(), end: z.number() }),
      cue: z.object({ start: z.number(), end: z.number() }).nullable(),
      speaker: z.object({ start: z.number(), end: z.number() }).nullable(),
    })
    .nullable(),
});
export type ClaimResponse = z.infer<typeof claimResponseSchema>;

// --- overview -----------------------------------------------------------------------------------
const ranked = z.object({
  id: z.string(),
  name: z.string(),
  label: z.enum([...DRAWN_LABELS, "Other"]),
  count: z.number(),
});
export type RankedEntity = z.infer<typeof ranked>;
export const overviewRequestSchema = z.object({ top: z.coerce.number().int().min(1).max(50).default(12) });
export const overviewResponseSchema = z.object({
  counts: z.record(z.string(), z.number()),
  topSpeakers: z.array(ranked),
  topTargets: z.array(ranked),
  graph: graphSchema,
  truncated: z.boolean(),
});
export type OverviewResponse = z.infer<typeof overviewResponseSchema>;

// --- cypher -------------------------------------------------------------------------------------
/** How deeply lists and maps nest in a value (a scalar is 0). */
export function nestingDepth(value: unknown, limit: number): number {
  if (value === null || typeof value !== "object") return 0;
  if (limit <= 0) return 1;
  let deepest = 0;
  for (const inner of Object.values(value as Record<string, unknown>)) {
    deepest = Math.max(deepest, nestingDepth(inner, limit - 1));
    if (deepest >= limit) break;
  }
  return deepest + 1;
}

export const cypherRequestSchema = z.object({
  query: z.string().trim().min(1, "the query is empty").max(LIMITS.cypherLength),
  params: z
    .record(z.string(), z.unknown())
    .default({})
    .refine((params) => nestingDepth(params, LIMITS.cypherParamsDepth + 1) <= LIMITS.cypherParamsDepth, {
      message: `parameters may nest lists and maps ${LIMITS.cypherParamsDepth} deep at most`,
    }),
  limit: z.number().int().min(1).max(LIMITS.cypherRowsMax).default(1000),
});
export type CypherRequest = z.input<typeof cypherRequestSchema>;
export const cypherResponseSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  graph: graphSchema,
  truncated: z.boolean(),
  /** What cut the result: the row limit, or the byte cap (LIMITS.cypherBytesMax). */
  truncatedBy: z.enum(["rows", "bytes"]).optional(),
  limit: z.number(),
  ms: z.number(),
});
export type CypherResponse = z.infer<typeof cypherResponseSchema>;

// --- schema -------------------------------------------------------------------------------------
export const schemaResponseSchema = z.object({
  labels: z.array(z.object({ name: z.string(), count: z.number(), properties: z.array(z.string()) })),
  relationshipTypes: z.array(z.object({ name: z.string(), properties: z.array(z.string()) })),
  propertyKeys: z.array(z.string()),
});
export type SchemaResponse = z.infer<typeof schemaResponseSchema>;

export const API_ROUTES = {
  health: "/api/health",
  search: "/api/search",
  counts: "/api/node/counts",
  expand: "/api/node/expand",
  entity: "/api/entity",
  claim: "/api/claim",
  overview: "/api/overview",
  cypher: "/api/cypher",
  schema: "/api/schema",
} as const;
