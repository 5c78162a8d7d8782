import { type DocumentGraph, describeZodError, type ParseResult, parseDocumentGraph } from "@claimgraph/schema";
import { z } from "zod";

/**
 * PolNeAR (shared/dev/polnear-*.jsonl) as gold. Each `quotes` entry becomes a claim whose speaker
 * is its source span (`speaker_start/end`); `no_source` quotes want `speaker: null`. PolNeAR has
 * no entity list, so its person, org, about and affiliation rows are "n/a".
 *
 * One annotation in the dev split is marked `no_source` yet has a source span; the span wins
 * (the quote keeps its speaker), since a speaker span cannot be scored against `null`.
 */

const offset = z.number().int().nonnegative();
const quoteSchema = z.object({
  start: offset,
  end: offset,
  text: z.string(),
  speaker: z.string().nullable().optional(),
  speaker_start: offset.nullable().optional(),
  speaker_end: offset.nullable().optional(),
  cue: z.string().nullable().optional(),
  cue_start: offset.nullable().optional(),
  cue_end: offset.nullable().optional(),
  kind: z.enum(["direct", "mixed", "indirect"]),
  no_source: z.boolean().optional(),
});

const polnearSchema = z.object({
  id: z.string().min(1),
  quotes: z.array(quoteSchema),
  ignored_spans: z.array(z.object({ start: offset, end: offset, type: z.string().optional() })).optional(),
});

/** True when a parsed JSON line looks like a PolNeAR record (it has `quotes`, not `claims`). */
export function isPolnearRecord(value: unknown): boolean {
  return typeof value === "object" && value !== null && "quotes" in value && !("claims" in value);
}

export function polnearToGold(value: unknown): ParseResult<DocumentGraph> {
  const parsed = polnearSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: describeZodError(parsed.error) };
  const record = parsed.data;
  return parseDocumentGraph({
    document: record.id,
    entities: [],
    affiliations: [],
    claims: record.quotes.map((q) => {
      const hasSpan = q.speaker_start != null && q.speaker_end != null;
      const sourced = hasSpan || !q.no_source;
      return {
        speaker: sourced ? (q.speaker ?? "") : null,
        speaker_start: sourced ? q.speaker_start : null,
        speaker_end: sourced ? q.speaker_end : null,
        cue: q.cue ?? null,
        cue_start: q.cue_start ?? null,
        cue_end: q.cue_end ?? null,
        kind: q.kind,
        text: q.text,
        start: q.start,
        end: q.end,
        about: [],
      };
    }),
    ignored_spans: record.ignored_spans ?? [],
  });
}
