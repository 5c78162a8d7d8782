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

// Fetching (src/fetch): URLs, feeds, sitemaps, URL lists, WARC archives → input items (the network adapter).
export { readWebInputs, type WebInputOptions, type WebStats } from "./fetch/index.js";
// Twenty saved news pages with known article text and metadata (invented): fixtures for tests in any package.
export { NEWS_FIXTURES, type NewsFixture } from "./input/html/news-fixtures.js";
// Inputs (src/input): files, directories, globs, stdin → InputDocument.
export {
  countItems,
  type HtmlArticle,
  htmlArticle,
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
  DEFAULT_CONNECTION,
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
// A seeded generator (mulberry32): the same draws on every machine, for fixtures in any package.
export { seededRandom } from "./random/seeded.js";
