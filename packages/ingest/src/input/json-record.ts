import { z } from "zod";
import { normaliseAuthors } from "./html/metadata.js";
import type { InputDocument } from "./types.js";

/**
 * One article given as JSON (a JSON Lines line): `{id, text, title?, url?, date?, source?, authors?}`,
 * also in the PolNeAR shape (`meta.title`, `meta.publication_date`, `meta.publisher`; a publisher wins over `source`,
 * which in PolNeAR names the corpus). Fields the
 * record has beyond these are ignored. A record without `id` gets `<file>:<line>` as its id.
 */

const optionalText = z.string().optional().catch(undefined);

const recordSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).optional(),
  text: z.string({ error: (issue) => (issue.input === undefined ? 'no "text" field' : '"text" is not a string') }),
  title: optionalText,
  url: optionalText,
  date: optionalText,
  source: optionalText,
  publisher: optionalText,
  authors: z
    .union([z.array(z.string()), z.string()])
    .optional()
    .catch(undefined),
  author: z
    .union([z.array(z.string()), z.string()])
    .optional()
    .catch(undefined),
  meta: z
    .object({
      title: optionalText,
      url: optionalText,
      date: optionalText,
      publication_date: optionalText,
      publisher: optionalText,
      source: optionalText,
    })
    .optional()
    .catch(undefined),
});

export type RecordResult = { ok: true; doc: InputDocument } | { ok: false; error: string; hint: string };

/** Values such as "None" or "" mean "unknown". */
function known(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && trimmed !== "None" && trimmed !== "null" ? trimmed : undefined;
}

export function recordToDocument(value: unknown, origin: string, fallbackId: string): RecordResult {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {
      ok: false,
      error: `expected a JSON object, got ${Array.isArray(value) ? "an array" : value === null ? "null" : typeof value}`,
      hint: 'give one object per line: {"id": "…", "text": "…"}',
    };
  }
  const parsed = recordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join(".") ?? "";
    const where = path && path !== "text" ? `${path}: ` : "";
    return {
      ok: false,
      error: `${where}${issue?.message ?? "invalid record"}`,
      hint: 'each line needs a string "text" field',
    };
  }
  const record = parsed.data;
  if (record.text.trim() === "") {
    return { ok: false, error: '"text" is empty', hint: "remove the line or fill in the article text" };
  }
  const meta = record.meta ?? {};
  const doc: InputDocument = {
    id: record.id === undefined ? fallbackId : String(record.id),
    text: record.text,
    origin,
    format: "jsonl",
  };
  const title = known(record.title ?? meta.title);
  const url = known(record.url ?? meta.url);
  const date = known(record.date ?? meta.date ?? meta.publication_date);
  const source = known(record.publisher ?? meta.publisher ?? record.source ?? meta.source);
  if (title) doc.title = title;
  if (url) doc.url = url;
  if (date) doc.date = date;
  if (source) doc.source = source;
  const named = record.authors ?? record.author;
  const authors = normaliseAuthors(named === undefined ? [] : Array.isArray(named) ? named : [named]);
  if (authors.length > 0) doc.authors = authors;
  return { ok: true, doc };
}
