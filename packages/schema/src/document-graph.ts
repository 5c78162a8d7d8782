import { z } from "zod";

/**
 * The document graph: what extraction produces for one article, one JSON object per line.
 * The contract is ../../../shared/gold/README.md (mirrored in ARCHITECTURE.md). Offsets are
 * JavaScript string indices (UTF-16 code units) into the document text, end exclusive.
 */

export const ENTITY_TYPES = ["Person", "Organization"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const CLAIM_KINDS = ["direct", "mixed", "indirect"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

const offset = z.number().int().nonnegative();
/** An index into the document's `entities`: which entity a name stands for (extraction output). */
const entityIndex = z.number().int().nonnegative();

export const spanSchema = z
  .object({ start: offset, end: offset })
  .refine((s) => s.end >= s.start, { message: "end must not be before start" });
export type Span = z.infer<typeof spanSchema>;

export const entitySchema = z.looseObject({
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  /** For organizations: "country", "government", "agency", "media", "company", "party", ... */
  kind: z.string().optional(),
  aliases: z.array(z.string()).default([]),
  mentions: z.array(spanSchema).optional(),
});
export type Entity = z.infer<typeof entitySchema>;

export const affiliationSchema = z.looseObject({
  person: z.string().min(1),
  organization: z.string().min(1),
  role: z.string().nullable().optional(),
  former: z.boolean().optional(),
  /** Extraction output: the indexes in `entities` of `person` and `organization`. */
  person_entity: entityIndex.optional(),
  organization_entity: entityIndex.optional(),
});
export type Affiliation = z.infer<typeof affiliationSchema>;

export const claimSchema = z.looseObject({
  /** Canonical entity name, a description of an unnamed source, or null when there is no source. */
  speaker: z.string().nullable(),
  speaker_start: offset.nullable().optional(),
  speaker_end: offset.nullable().optional(),
  /**
   * Extraction output: the index in `entities` of the speaker, of each `about` name (same order),
   * of `via`. Names stay the readable contract (gold files have none of these); the indexes say
   * exactly which entity, so the loader does not look names up again.
   */
  speaker_entity: entityIndex.optional(),
  about_entities: z.array(entityIndex).optional(),
  via_entity: entityIndex.optional(),
  anonymous: z.boolean().optional(),
  cue: z.string().nullable().optional(),
  cue_start: offset.nullable().optional(),
  cue_end: offset.nullable().optional(),
  kind: z.enum(CLAIM_KINDS),
  text: z.string(),
  start: offset,
  end: offset,
  about: z.array(z.string()).default([]),
  /** Reporting chain: the outlet or agency the speaker spoke to ("told the Associated Press"). */
  via: z.string().nullable().optional(),
  continuation: z.boolean().optional(),
  confidence: z.number().min(0).max(1).optional(),
});
export type Claim = z.infer<typeof claimSchema>;

export const documentMetaSchema = z.looseObject({
  title: z.string().optional(),
  url: z.string().optional(),
  date: z.string().optional(),
  source: z.string().optional(),
  authors: z.array(z.string()).optional(),
});
export type DocumentMeta = z.infer<typeof documentMetaSchema>;

export const documentGraphSchema = z
  .looseObject({
    document: z.string().min(1),
    entities: z.array(entitySchema).default([]),
    affiliations: z.array(affiliationSchema).default([]),
    claims: z.array(claimSchema).default([]),
    /** Present on extraction output: the text the offsets refer to, and what is known about it. */
    text: z.string().optional(),
    meta: documentMetaSchema.optional(),
    /** Present when the document could not be processed; the graph is then empty. */
    error: z.string().optional(),
    /** Gold files only: spans (bylines, boilerplate) where predicted claims are not counted. */
    ignored_spans: z.array(spanSchema.and(z.object({ type: z.string().optional() }))).optional(),
  })
  .superRefine((doc, ctx) => {
    // an entity index must point at an entity of this document that bears the name beside it
    const check = (index: number | undefined, name: string | null | undefined, path: (string | number)[]) => {
      if (index === undefined) return;
      const entity = doc.entities[index];
      if (!entity) {
        ctx.addIssue({ code: "custom", path, message: `no entity ${index} (the document has ${doc.entities.length})` });
      } else if (name !== entity.name) {
        ctx.addIssue({ code: "custom", path, message: `entity ${index} is "${entity.name}", not "${name ?? "null"}"` });
      }
    };
    doc.claims.forEach((c, i) => {
      check(c.speaker_entity, c.speaker, ["claims", i, "speaker_entity"]);
      check(c.via_entity, c.via, ["claims", i, "via_entity"]);
      if (c.about_entities && c.about_entities.length !== c.about.length) {
        ctx.addIssue({
          code: "custom",
          path: ["claims", i, "about_entities"],
          message: `${c.about_entities.length} indexes for ${c.about.length} names in about`,
        });
      } else {
        for (const [k, e] of (c.about_entities ?? []).entries())
          check(e, c.about[k], ["claims", i, "about_entities", k]);
      }
    });
    doc.affiliations.forEach((a, i) => {
      check(a.person_entity, a.person, ["affiliations", i, "person_entity"]);
      check(a.organization_entity, a.organization, ["affiliations", i, "organization_entity"]);
    });
  });
export type DocumentGraph = z.infer<typeof documentGraphSchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Validates an unknown value (a parsed JSON line, a gold file) as a document graph. */
export function parseDocumentGraph(value: unknown): ParseResult<DocumentGraph> {
  const result = documentGraphSchema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: describeZodError(result.error) };
}

/** One line per problem, each naming the path inside the document: "claims.3.start: expected number". */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 8)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "(root)"}: ${issue.message}`)
    .join("; ");
}
