export type { LoadableArticle } from "./article.js";
export { buildArticleRows } from "./build-rows.js";
export {
  type ConnectionSettings,
  connect,
  connectionFromEnv,
  DEFAULT_CONNECTION,
  describeConnectionError,
} from "./connection.js";
export { EntityIndex, type EntityLabel, type KnownEntity, type Resolution } from "./entity-index.js";
export { IngestError } from "./errors.js";
export { anonymousId, articleId, claimId, organizationId, personId } from "./ids.js";
export { type IngestOptions, type IngestSummary, ingest } from "./ingest.js";
export { DEFAULT_BATCH_SIZE, GraphLoader, type LoaderOptions, loadDocumentGraphs } from "./loader.js";
export { entityKey, isEvidenceForm } from "./names.js";
export { resetClaimGraph } from "./reset.js";
export type { ArticleRows } from "./rows.js";
export { ensureSchema } from "./schema.js";
export type { LoadFailure, LoadProgress, LoadSummary } from "./summary.js";
