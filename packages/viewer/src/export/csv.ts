/**
 * Claim rows as CSV (RFC 4180: CRLF lines, fields quoted when needed, quotes doubled). Pure.
 * `article_id`, `start` and `end` locate the quote: the article's text sliced at [start, end)
 * (UTF-16 offsets, as JavaScript's `slice`) is the quote. The statement columns (issue 18) come last,
 * so the columns before them keep their places.
 */
import type { ClaimRow } from "./rows.js";

/**
 * One CSV cell. Cells that a spreadsheet would run as a formula (starting with =, +, - or @) get a
 * leading apostrophe, so an exported quote can never execute in the editor's spreadsheet.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const count = (n: number | null) => (n === null ? "" : String(n));
/** Joined lists inside one cell. */
const list = (values: string[]) => values.join("; ");

/** The columns in order: each one's header and how a claim row fills it. */
const COLUMNS: ReadonlyArray<readonly [header: string, cell: (r: ClaimRow) => string]> = [
  ["speaker", (r) => list(r.speakers)],
  ["quote", (r) => r.quote],
  ["targets", (r) => list(r.targets)],
  ["article_title", (r) => r.articleTitle],
  ["outlet", (r) => r.outlet],
  ["date", (r) => r.date],
  ["url", (r) => r.url],
  ["article_id", (r) => r.articleId],
  ["start", (r) => count(r.start)],
  ["end", (r) => count(r.end)],
  ["kind", (r) => r.kind],
  ["claim_id", (r) => r.claimId],
  ["statement_id", (r) => r.statementId],
  ["statement_reports", (r) => count(r.statementReports)],
  ["statement_articles", (r) => count(r.statementArticles)],
  ["statement_outlets", (r) => count(r.statementOutlets)],
  ["disputes", (r) => list(r.disputes)],
  ["disputed_by", (r) => list(r.disputedBy)],
];

export const CSV_COLUMNS = COLUMNS.map(([header]) => header);

export function toCsv(rows: ClaimRow[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const r of rows) lines.push(COLUMNS.map(([, cell]) => csvCell(cell(r))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
