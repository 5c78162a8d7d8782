/**
 * A Cypher result as text, JSON and CSV, for the result's Text and JSON views and its downloads
 * (issue 15: results in their own view, as Neo4j Browser's). Pure. Cells are the server's plain
 * values (`toPlain`); text and CSV write them as `formatCell` does (nodes as `(:Person {…})`),
 * JSON keeps them as they came.
 */
import { csvCell } from "../export/csv.js";
import { formatCell } from "./format.js";

export interface ResultTable {
  columns: readonly string[];
  rows: readonly (readonly unknown[])[];
}

/** The longest a text cell gets (characters); longer ones end with "…". */
export const TEXT_CELL_MAX = 120;

const cell = (v: unknown) => formatCell(v, { max: TEXT_CELL_MAX, limit: TEXT_CELL_MAX }).replace(/\s*\n\s*/g, " ");

/**
 * A boxed text table, one line per row, columns as wide as their longest cell:
 *
 *     ╒═══════╤═══╕
 *     │name   │n  │
 *     ╞═══════╪═══╡
 *     │Dunn   │3  │
 *     ╘═══════╧═══╛
 */
export function resultAsText(result: ResultTable): string {
  const cells = result.rows.map((row) => result.columns.map((_, i) => cell(row[i])));
  const widths = result.columns.map((c, i) => Math.max(c.length, ...cells.map((row) => (row[i] ?? "").length)));
  const rule = (left: string, fill: string, mid: string, right: string) =>
    left + widths.map((w) => fill.repeat(w)).join(mid) + right;
  const line = (values: readonly string[]) => `│${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join("│")}│`;
  return [
    rule("╒", "═", "╤", "╕"),
    line(result.columns),
    rule("╞", "═", "╪", "╡"),
    ...cells.map(line),
    rule("╘", "═", "╧", "╛"),
  ].join("\n");
}

/** One object per row, keyed by column, values as the server sent them (2-space indented). */
export function resultAsJson(result: ResultTable): string {
  return JSON.stringify(
    result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i] ?? null]))),
    null,
    2,
  );
}

/** A header line and one line per row; cells as the text view writes them, never a spreadsheet formula. */
export function resultAsCsv(result: ResultTable): string {
  const full = (v: unknown) => formatCell(v, { max: 100_000, limit: 100_000 });
  return [
    result.columns.map(csvCell).join(","),
    ...result.rows.map((row) => result.columns.map((_, i) => csvCell(full(row[i]))).join(",")),
  ].join("\r\n");
}
