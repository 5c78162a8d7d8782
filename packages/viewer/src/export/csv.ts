/**
 * Claim rows as CSV (RFC 4180: CRLF lines, fields quoted when needed, quotes doubled). Pure.
 * `article_id`, `start` and `end` locate the quote: the article's text sliced at [start, end)
 * (UTF-16 offsets, as JavaScript's `slice`) is the quote. The statement columns (issue 18) come last,
 * so the columns before them keep their places.
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
  "statement_id",
  "statement_reports",
  "statement_articles",
  "statement_outlets",
  "disputes",
  "disputed_by",
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

const count = (n: number | null) => (n === null ? "" : String(n));

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
        count(r.start),
        count(r.end),
        r.kind,
        r.claimId,
        r.statementId,
        count(r.statementReports),
        count(r.statementArticles),
        count(r.statementOutlets),
        r.disputes.join(LIST_SEPARATOR),
        r.disputedBy.join(LIST_SEPARATOR),
      ]
        .map(csvCell)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
