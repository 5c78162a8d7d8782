/** @claimgraph/ingest: the public API. Each area adds its own exports. */

// Evaluation (src/eval): score document graphs against gold.
export {
  type Counts,
  type DatasetRows,
  type DatasetScore,
  type DocumentScore,
  formatScoreTable,
  type Metric,
  metric,
  nameKey,
  polnearToGold,
  SCORE_ROWS,
  type ScoreRow,
  scoreDataset,
  scoreDocument,
} from "./eval/index.js";
// Extraction (src/extract): InputDocument → DocumentGraph, pure and offline.
export { analyzeText, EXTRACTOR_VERSION, extractDocument } from "./extract/index.js";

// Inputs (src/input): files, directories, globs, stdin → InputDocument.
export {
  countItems,
  type InputDocument,
  type InputItem,
  MAX_DOCUMENT_BYTES,
  type ReadOptions,
  readInputs,
} from "./input/index.js";

// Loading (src/load): document graphs → Neo4j; `ingest` is what the CLI and `pnpm start` call.
export {
  type ConnectionSettings,
  connect,
  connectionFromEnv,
  ensureSchema,
  IngestError,
  type IngestOptions,
  type IngestSummary,
  ingest,
  type LoadableArticle,
  type LoadFailure,
  type LoadProgress,
  type LoadSummary,
  loadDocumentGraphs,
  resetClaimGraph,
} from "./load/index.js";
