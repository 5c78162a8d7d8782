import { z } from "zod";

/**
 * Analyst corrections to entity resolution: the closed set of kinds, what the viewer sends, and
 * the record stored as a `:Correction` node. Shared by the loader (which applies them at every
 * ingest) and the viewer (which records and undoes them). Pure.
 *
 * Ids: a node id is `person:<key>` / `org:<key>`; a node kept in one article has `@<article id>`
 * appended (`person:obama@<article>`). A record names such a node by its base id and the
 * article's `sourceKey`, so it still finds it after the article's text changed (a new article id).
 */
export const CORRECTION_KINDS = ["merge", "split", "confirm", "reject"] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export const CORRECTION_LABELS = ["Person", "Organization"] as const;
export type CorrectionLabel = (typeof CORRECTION_LABELS)[number];

/** Neo4j stores no nulls: a property that is absent reads as null. */
const absent = <T extends z.ZodType>(type: T) => type.nullable().default(null);

/** The stored record (a `:Correction` node's properties). */
export const correctionRecordSchema = z.object({
  id: z.string(),
  kind: z.enum(CORRECTION_KINDS),
  label: z.enum(CORRECTION_LABELS),
  /** The corrected node's base id (no `@article`). */
  entity: z.string(),
  /** Set when the correction concerns one article's mention (split, and any article-scoped node). */
  sourceKey: absent(z.string()),
  /** merge / confirm / reject: the other node (never article-scoped). */
  target: absent(z.string()),
  /** The corrected node's name when recorded (a split-off or restored node is named by it). */
  name: z.string(),
  /** The target's name when recorded (for display, and for a target made again by a later ingest). */
  targetName: absent(z.string()),
  /** confirm / reject: the possible match decided (restored when undone). */
  score: absent(z.number()),
  evidence: absent(z.string()),
  by: z.string(),
  at: z.string(),
  note: absent(z.string()),
  undoneAt: absent(z.string()),
  undoneBy: absent(z.string()),
});
export type CorrectionRecord = z.infer<typeof correctionRecordSchema>;

/** `person:obama@<article>` → base `person:obama`, article; an unscoped id has no article. */
export function splitScopedId(id: string): { base: string; article: string | undefined } {
  const at = id.lastIndexOf("@");
  return at < 0 ? { base: id, article: undefined } : { base: id.slice(0, at), article: id.slice(at + 1) };
}

export const scopedId = (base: string, article: string): string => `${base}@${article}`;

/**
 * Why a mention is where a correction put it: stored as `MENTIONED_IN.resolution` (the reason it
 * replaced goes to `MENTIONED_IN.before`). The same text whether the viewer applied it or an ingest did.
 */
export function correctionReason(
  c: Pick<CorrectionRecord, "id" | "kind" | "by" | "at" | "name" | "targetName">,
): string {
  const day = c.at.slice(0, 10);
  const what =
    c.kind === "split"
      ? `split off ${c.name}`
      : c.kind === "confirm"
        ? `confirmed ${c.name} = ${c.targetName ?? "?"}`
        : c.kind === "merge"
          ? `merged ${c.name} into ${c.targetName ?? "?"}`
          : `rejected ${c.name} = ${c.targetName ?? "?"}`;
  return `analyst: ${what} (correction ${c.id}, ${c.by}, ${day})`;
}
