import { isEmpty, type Metric } from "./metrics.js";
import type { DatasetRows } from "./score-dataset.js";
import { SCORE_ROWS, type ScoreRow } from "./score-document.js";

/**
 * The evaluation table as text: one row per score row (person, org, claim, claim+speaker,
 * about, affiliation), columns P, R, F1, tp, fp, fn. Rows the gold does not annotate read "n/a";
 * rows with nothing to score (no gold item, no prediction) read "–".
 */
const HEADER = ["", "P", "R", "F1", "tp", "fp", "fn"];

const ratio = (value: number) => value.toFixed(3);

function cells(row: string, metric: Metric | null): string[] {
  if (!metric) return [row, "n/a", "", "", "", "", ""];
  if (isEmpty(metric)) return [row, "–", "–", "–", "0", "0", "0"];
  return [
    row,
    ratio(metric.precision),
    ratio(metric.recall),
    ratio(metric.f1),
    String(metric.tp),
    String(metric.fp),
    String(metric.fn),
  ];
}

/** `extra`: labelled rows printed after the score rows (GUM's org row without countries). */
export function formatScoreTable(
  rows: DatasetRows,
  only: readonly ScoreRow[] = SCORE_ROWS,
  extra: readonly (readonly [string, Metric | null])[] = [],
): string {
  const table = [
    HEADER,
    ...only.map((row) => cells(row, rows[row])),
    ...extra.map(([label, metric]) => cells(label, metric)),
  ];
  const widths = HEADER.map((_, column) => Math.max(...table.map((line) => (line[column] ?? "").length)));
  return table
    .map((line) =>
      line
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
