import type { DocumentGraph } from "@claimgraph/schema";

/** One article ready to load: its text and metadata, and the document graph extracted from it. */
export interface LoadableArticle {
  /** Where it came from (a path, or a JSON Lines id): a changed text under the same key replaces the old one. */
  sourceKey: string;
  text: string;
  title?: string | undefined;
  url?: string | undefined;
  /** The outlet or publisher. */
  source?: string | undefined;
  /** The authors, when stated. */
  authors?: string[] | undefined;
  /** ISO date string, as given. */
  publishedAt?: string | undefined;
  /** Mojibake characters the input repaired (`InputDocument.repairedCharacters`), for the run's summary. */
  repairedCharacters?: number | undefined;
  graph: DocumentGraph;
}
