/**
 * The Statements view's API (issue 18): statements ranked by how often they were reported or how
 * often their reports are disputed, and one statement's reports as a graph for the canvas.
 * Validated on both sides. Pure: zod only.
 */
import { z } from "zod";
import { graphSchema, LIMITS, statementFigures } from "../api/contract.js";

export const STATEMENT_RANKINGS = ["repeated", "disputed"] as const;
export type StatementRanking = (typeof STATEMENT_RANKINGS)[number];

export const STATEMENT_LIMITS = {
  /** Most statements one ranking lists. */
  listMax: 100,
  /** Most reports (claims) of one statement drawn on the canvas. */
  graphReports: 50,
  /** Most disputing or disputed claims drawn per report. */
  graphDisputes: 20,
} as const;

export const STATEMENT_ROUTES = {
  list: "/api/statements",
  graph: "/api/statements/graph",
} as const;

export const statementsRequestSchema = z.object({
  by: z.enum(STATEMENT_RANKINGS, { message: 'rank by "repeated" or "disputed"' }).default("repeated"),
  limit: z.coerce.number().int().min(1).max(STATEMENT_LIMITS.listMax).default(25),
});
export type StatementsRequest = z.input<typeof statementsRequestSchema>;

/** One statement in a ranking: its first report's wording and speaker, and its figures. */
export const rankedStatementSchema = z.object({
  id: z.string(),
  /** The first report's wording. */
  text: z.string(),
  speaker: z.object({ id: z.string(), name: z.string() }).nullable(),
  ...statementFigures,
  /** Claims that dispute one of its reports (DISPUTES edges into its claims, distinct disputing claims). */
  disputedBy: z.number(),
});
export type RankedStatement = z.infer<typeof rankedStatementSchema>;

export const statementsResponseSchema = z.object({
  by: z.enum(STATEMENT_RANKINGS),
  statements: z.array(rankedStatementSchema),
  /** More statements rank than were listed. */
  truncated: z.boolean(),
});
export type StatementsResponse = z.infer<typeof statementsResponseSchema>;

export const statementIdSchema = z.object({
  id: z
    .string()
    .max(LIMITS.idLength)
    .regex(/^st:.+/, "a statement id (st:…, as the Statements view lists them)"),
});

/** A statement's reports (first report first, at most graphReports) with speakers, targets and disputes. */
export const statementGraphResponseSchema = z.object({
  id: z.string(),
  /** The first report listed (the canvas focuses it). */
  firstClaimId: z.string(),
  graph: graphSchema,
  reports: z.number(),
  returned: z.number(),
  truncated: z.boolean(),
});
export type StatementGraphResponse = z.infer<typeof statementGraphResponseSchema>;
