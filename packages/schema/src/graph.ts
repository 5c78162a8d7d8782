/**
 * The Neo4j vocabulary of claimgraph: a closed list. Cypher is built only from these constants
 * (labels and relationship types cannot be query parameters); everything else is a parameter.
 * See ARCHITECTURE.md, "The graph".
 */

export const NODE_LABELS = {
  Article: "Article",
  Person: "Person",
  Organization: "Organization",
  Claim: "Claim",
  /** Secondary label on Person nodes that stand for an unnamed source, scoped to one article. */
  Anonymous: "Anonymous",
  /** Claims that report the same utterance by the same speaker across articles (`(:Claim)-[:REPORTS]->(:Statement)`). */
  Statement: "Statement",
  /**
   * One stored wording of a statement: `statement` (its id) and `band0`…`band15`, the 64-bit hashes
   * of the wording's LSH band keys, each range-indexed: how a new claim finds the statements it may report.
   */
  Wording: "Wording",
  /** One per statement speaker key: the write lock that keeps two concurrent batches from founding two statements for one utterance. */
  SpeakerLock: "SpeakerLock",
  /** Legacy (graphs written before Wording): an LSH band key as a node; the loader migrates them to Wording nodes. */
  Band: "Band",
  /** Saved viewer snapshots: outside the claim graph. */
  Snapshot: "Snapshot",
  /** An analyst's correction to entity resolution (corrections/record.ts): outside the claim graph, kept by --reset. */
  Correction: "Correction",
  /**
   * A former id of a person or organization (`id`) and the id of the node it became (`to`): how a
   * snapshot or link that names a re-keyed or merged node still finds it (id-alias.ts). Outside the claim graph, kept by --reset.
   */
  IdAlias: "IdAlias",
} as const;
export type NodeLabel = keyof typeof NODE_LABELS;

export const REL_TYPES = {
  SAID: "SAID",
  ABOUT: "ABOUT",
  REPORTED_IN: "REPORTED_IN",
  AFFILIATED_WITH: "AFFILIATED_WITH",
  MENTIONED_IN: "MENTIONED_IN",
  VIA: "VIA",
  /** A short form kept in its article for want of evidence → a full name it may be (`score`, `evidence`, `articleId`). */
  POSSIBLY_SAME_AS: "POSSIBLY_SAME_AS",
  /** A claim → the statement it reports (`order`: ingestion order, the tie-break for the first report). */
  REPORTS: "REPORTS",
  /** Legacy (graphs written before Wording): a statement → each LSH band key of its stored wordings. */
  HAS_BAND: "HAS_BAND",
  /** A claim that denies another (`evidence`: the cue or words and what names the target). */
  DISPUTES: "DISPUTES",
} as const;
export type RelType = keyof typeof REL_TYPES;

/** Labels of the claim graph proper (what `--reset` clears; snapshots are kept). */
export const CLAIM_GRAPH_LABELS = [
  "Article",
  "Person",
  "Organization",
  "Claim",
  "Statement",
  "Wording",
  "SpeakerLock",
  "Band",
] as const;
export type ClaimGraphLabel = (typeof CLAIM_GRAPH_LABELS)[number];

export const FULLTEXT_INDEX = "claimgraph_search";
/**
 * The full-text index's fields: an entity's names (`searchText`: its name and aliases) and a claim's
 * words (`text`). Search matches names by prefix and one typo away, claim text by whole words only.
 */
export const FULLTEXT_FIELDS = { names: "searchText", words: "text" } as const;

export function isNodeLabel(value: string): value is NodeLabel {
  return Object.hasOwn(NODE_LABELS, value);
}

export function isRelType(value: string): value is RelType {
  return Object.hasOwn(REL_TYPES, value);
}
