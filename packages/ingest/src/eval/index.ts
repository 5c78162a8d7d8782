/** Evaluation: pure scoring of predicted document graphs against gold (packages/ingest/gold/README.md). */
export { type EntityRef, type EntityScores, scoreEntities } from "./entities.js";
export { addCounts, type Counts, isEmpty, type Metric, metric } from "./metrics.js";
export { nameKey, surnameKey } from "./names.js";
export { isPolnearRecord, polnearToGold } from "./polnear.js";
export { formatScoreTable } from "./report-table.js";
export { type DatasetRows, type DatasetScore, emptyGraph, scoreDataset, sumScores } from "./score-dataset.js";
export {
  type DocumentScore,
  matchClaims,
  type RowCounts,
  SCORE_ROWS,
  type ScoreRow,
  scoreDocument,
} from "./score-document.js";
export { isInside, overlap, spansMatch } from "./spans.js";
