/** @claimgraph/ingest: the public API. Each area adds its own exports. */

// Evaluation (src/eval): score document graphs against gold.
export {
  type Counts,
  type DatasetRows,
  type DatasetScore,
  type DocumentScore,
  type Metric,
  metric,
  nameKey,
  polnearToGold,
  SCORE_ROWS,
  type ScoreRow,
  scoreDataset,
  scoreDocument,
} from "./eval/index.js";
