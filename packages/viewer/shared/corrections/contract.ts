/**
 * The corrections API (analyst corrections to entity resolution): routes and answers, validated on
 * both sides. The stored record and its effect on the graph are @claimgraph/schema's (shared with
 * the loader, which applies corrections at every ingest); this is the API's view of them. Pure: zod only.
 */
import { z } from "zod";

/** The closed set of kinds (the same as @claimgraph/schema's CORRECTION_KINDS; the server checks they agree). */
export const CORRECTION_KINDS = ["merge", "split", "confirm", "reject"] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export const CORRECTION_LIMITS = { idLength: 300, noteLength: 500, byLength: 80 } as const;

const nodeId = z
  .string()
  .max(CORRECTION_LIMITS.idLength)
  .regex(/^(person|org):[^@]+(@[0-9a-f]{32})?$/, "a person or organization id (person:… or org:…)");
const articleId = z.string().regex(/^[0-9a-f]{32}$/, "an article id (32 hex digits)");
const by = z.string().trim().min(1, "say who makes the correction").max(CORRECTION_LIMITS.byLength);
const note = z.string().max(CORRECTION_LIMITS.noteLength).optional();

/**
 * What the viewer asks for (POST /api/corrections); nothing else is taken. `entity` is the node as
 * shown (an article-scoped one ends in `@<article id>`); a split names the article whose mention goes.
 */
export const correctionRequestSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("merge"), entity: nodeId, target: nodeId, by, note }),
  z.strictObject({ kind: z.literal("split"), entity: nodeId, article: articleId, by, note }),
  z.strictObject({ kind: z.literal("confirm"), entity: nodeId, target: nodeId, by, note }),
  z.strictObject({ kind: z.literal("reject"), entity: nodeId, target: nodeId, by, note }),
]);
export type CorrectionRequest = z.infer<typeof correctionRequestSchema>;

/** An undo (DELETE /api/corrections/<id>): who undoes it. */
export const undoRequestSchema = z.strictObject({ by });

/** A stored correction as the API shows it (the `:Correction` record: who, when, what, and its undo). */
export const correctionRecordSchema = z.object({
  id: z.string(),
  kind: z.enum(CORRECTION_KINDS),
  label: z.enum(["Person", "Organization"]),
  entity: z.string(),
  sourceKey: z.string().nullable(),
  target: z.string().nullable(),
  name: z.string(),
  targetName: z.string().nullable(),
  score: z.number().nullable(),
  evidence: z.string().nullable(),
  by: z.string(),
  at: z.string(),
  note: z.string().nullable(),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
});
export type CorrectionRecord = z.infer<typeof correctionRecordSchema>;

export const CORRECTION_ROUTES = {
  /** GET ?entity=<id>: how the node came to be (mentions, possible matches, corrections); POST: record one. */
  corrections: "/api/corrections",
  /** DELETE: undo one. */
  correction: "/api/corrections/:id",
} as const;

export const correctionPath = (id: string): string => `/api/corrections/${encodeURIComponent(id)}`;

/** Largest correction request body (a correction is a few ids and a note). */
export const MAX_CORRECTION_BYTES = 4 * 1024;

export const correctionIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

export const resolutionRequestSchema = z.object({ entity: z.string().min(1).max(300) });

const mention = z.object({
  articleId: z.string(),
  title: z.string(),
  sourceKey: z.string(),
  /** The forms this article used for the node ("also written as", article by article). */
  forms: z.array(z.string()),
  /** Why this article's entity is this node (MENTIONED_IN.resolution). */
  resolution: z.string(),
  /** Set when a correction put it here: the reason it replaced, and the correction. */
  before: z.string().nullable(),
  correction: z.string().nullable(),
});
export type MentionView = z.infer<typeof mention>;

const possible = z.object({
  /** "out": this node (a short form kept in its article) may be `other`; "in": `other` may be this node. */
  direction: z.enum(["out", "in"]),
  other: z.object({ id: z.string(), name: z.string() }),
  score: z.number(),
  evidence: z.string(),
  articleId: z.string(),
});
export type PossibleView = z.infer<typeof possible>;

export const resolutionResponseSchema = z.object({
  entity: z.object({ id: z.string(), name: z.string(), label: z.string(), aliases: z.array(z.string()) }),
  mentions: z.array(mention),
  mentionsTotal: z.number(),
  possible: z.array(possible),
  /** Corrections that name this node (as the corrected node or the target), newest first. */
  corrections: z.array(correctionRecordSchema),
});
export type ResolutionResponse = z.infer<typeof resolutionResponseSchema>;

export const correctionResponseSchema = z.object({ correction: correctionRecordSchema, moved: z.number() });
export type CorrectionResponse = z.infer<typeof correctionResponseSchema>;
