import type { ClaimKind } from "@claimgraph/schema";
import type { EntityLabel } from "./entity-index.js";
import type { PossibleMatch } from "./resolve/decide.js";

/** Plain rows, one list per Cypher statement: what one article adds to the graph. */

export interface ArticleRow {
  id: string;
  sourceKey: string;
  props: {
    sourceKey: string;
    title: string | null;
    source: string | null;
    url: string | null;
    /** Null (no property) when no author is stated: Neo4j stores no empty lists for us to mistake for "none". */
    authors: string[] | null;
    publishedAt: string | null;
    text: string;
    extractorVersion: string;
  };
}

export interface EntityRow {
  id: string;
  label: EntityLabel;
  name: string;
  kind: string | null;
  /** Surface forms seen in this article (name and aliases). */
  forms: string[];
}

export interface AnonymousRow {
  id: string;
  name: string;
  articleId: string;
}

export interface MentionRow {
  entity: string;
  label: EntityLabel;
  article: string;
  count: number;
  /** Flat [s0, e0, s1, e1, …]. */
  spans: number[];
  forms: string[];
  /** How the entity was matched to its node across articles (see EntityIndex). */
  resolution: string;
  /** Full names a short form may be but was not merged with (POSSIBLY_SAME_AS edges). */
  possible?: PossibleMatch[];
  /** The analyst correction that sent this mention here (resolve/corrections.ts), and the reason it replaced. */
  correction?: string | null;
  before?: string | null;
}

export interface ClaimRow {
  id: string;
  article: string;
  text: string;
  kind: ClaimKind;
  cue: string | null;
  anonymous: boolean;
  start: number;
  end: number;
  cueStart: number | null;
  cueEnd: number | null;
  speakerStart: number | null;
  speakerEnd: number | null;
}

/** An edge between a claim and an entity: SAID (entity → claim), ABOUT and VIA (claim → entity). */
export interface ClaimEdgeRow {
  claim: string;
  entity: string;
  label: EntityLabel;
  /** Set when a correction sent the entity's mention here (so an undo moves the edge back). */
  correction?: string | null;
}

export interface AffiliationRow {
  person: string;
  organization: string;
  role: string | null;
  former: boolean;
  articleId: string;
  correction?: string | null;
}

export interface ArticleRows {
  article: ArticleRow;
  entities: EntityRow[];
  anonymous: AnonymousRow[];
  mentions: MentionRow[];
  claims: ClaimRow[];
  said: ClaimEdgeRow[];
  about: ClaimEdgeRow[];
  via: ClaimEdgeRow[];
  affiliations: AffiliationRow[];
  /** Things dropped on the way (an `about` name that is no entity, …), for the log. */
  warnings: string[];
}

/** Nodes and relationships this article writes (for rates and the benchmark). */
export function rowCount(rows: ArticleRows): number {
  return (
    1 +
    rows.entities.length +
    rows.anonymous.length +
    rows.mentions.length +
    rows.claims.length * 2 +
    rows.said.length +
    rows.about.length +
    rows.via.length +
    rows.affiliations.length
  );
}
