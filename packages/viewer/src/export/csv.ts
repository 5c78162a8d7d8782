/**
 * Claim rows as CSV (RFC 4180: CRLF lines, fields quoted when needed, quotes doubled). Pure.
 * `article_id`, `start` and `end` locate the quote: the article's text sliced at [start, end)
 * (UTF-16 offsets, as JavaScript's `slice`) is the quote.
 */
import type { ClaimRow } from "./rows.js";

export const CSV_COLUMNS = [
  "speaker",
  "quote",
  "targets",
  "article_title",
  "outlet",
  "date",
  "url",
  "article_id",
  "start",
  "end",
  "kind",
  "claim_id",
] as const;

/** Joined lists inside one cell. */
const LIST_SEPARATOR = "; ";

/**
 * One CSV cell. Cells that a spreadsheet would run as a formula (starting with =, +, - or @) get a
 * leading apostrophe, so an exported quote can never execute in the editor's spreadsheet.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: ClaimRow[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const r of rows) {
    lines.push(
      [
        r.speakers.join(LIST_SEPARATOR),
        r.quote,
        r.targets.join(LIST_SEPARATOR),
        r.articleTitle,
        r.outlet,
        r.date,
        r.url,
        r.articleId,
        r.start === null ? "" : String(r.start),
        r.end === null ? "" : String(r.end),
        r.kind,
        r.claimId,
      ]
        .map(csvCell)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
