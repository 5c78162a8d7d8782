/**
 * Shortest path between two nodes (issue 15, parity with Neo4j Browser and Bloom): the request and
 * the answer, validated on both sides. The length is bounded and the relationship types come from
 * a closed list per scope. Pure: zod only.
 */
import { z } from "zod";
import { graphSchema, LIMITS } from "../api/contract.js";

export const PATH_ROUTE = "/api/path" as const;

/** Longest path searched (relationships). */
export const MAX_PATH_LENGTH = 8;

/**
 * What a path may walk through: "claims" — who said what about whom (SAID, ABOUT, VIA,
 * AFFILIATED_WITH, DISPUTES); "articles" — also through the articles that mention both ends.
 */
export const PATH_SCOPES = ["claims", "articles"] as const;
export type PathScope = (typeof PATH_SCOPES)[number];

export const pathRequestSchema = z
  .object({
    from: z.string().min(1, "give the first node's id").max(LIMITS.idLength),
    to: z.string().min(1, "give the second node's id").max(LIMITS.idLength),
    max: z.coerce.number().int().min(1).max(MAX_PATH_LENGTH).default(6),
    scope: z.enum(PATH_SCOPES, { message: 'scope is "claims" or "articles"' }).default("claims"),
  })
  .refine((r) => r.from !== r.to, { message: "choose two different nodes", path: ["to"] });
export type PathRequest = z.input<typeof pathRequestSchema>;

export const pathResponseSchema = z.object({
  /** The two ends' current ids (the request may name a former id: the server follows its alias). */
  from: z.string(),
  to: z.string(),
  /** Relationships on the path; null when none within `max`. */
  length: z.number().nullable(),
  max: z.number(),
  scope: z.enum(PATH_SCOPES),
  /** The path's nodes and relationships, in order from `from` (empty when none). */
  graph: graphSchema,
  /** Node ids along the path, `from` first. */
  nodeIds: z.array(z.string()),
  edgeIds: z.array(z.string()),
});
export type PathResponse = z.infer<typeof pathResponseSchema>;
