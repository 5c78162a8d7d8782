export { entityAliases, SET_ALIASES_FROM_MENTIONS, setEntityAliases } from "./aliases.js";
export type { ConnectionSettings } from "./connection.js";
export { connectionFromEnv, DEFAULT_CONNECTION, DRIVER_SETTINGS } from "./connection.js";
export * from "./corrections/index.js";
export type {
  Affiliation,
  Claim,
  ClaimKind,
  DocumentGraph,
  DocumentMeta,
  Entity,
  EntityType,
  ParseResult,
  Span,
} from "./document-graph.js";
export {
  affiliationSchema,
  CLAIM_KINDS,
  claimSchema,
  describeZodError,
  documentGraphSchema,
  documentMetaSchema,
  ENTITY_TYPES,
  entitySchema,
  parseDocumentGraph,
  spanSchema,
} from "./document-graph.js";
export type { ClaimGraphLabel, NodeLabel, RelType } from "./graph.js";
export {
  CLAIM_GRAPH_LABELS,
  FULLTEXT_FIELDS,
  FULLTEXT_INDEX,
  isNodeLabel,
  isRelType,
  NODE_LABELS,
  REL_TYPES,
} from "./graph.js";
export { CURRENT_ID, ID_ALIAS_SCHEMA, RECORD_ID_ALIASES, recordIdAliases } from "./id-alias.js";
export { detached, nameKey } from "./name-key.js";
export { type DiffOp, type DiffPart, MAX_DIFF_WORDS, wordDiff } from "./word-diff.js";
export { type WordToken, words, wordTokens } from "./words.js";
