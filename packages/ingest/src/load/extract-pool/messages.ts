import type { DocumentGraph } from "@claimgraph/schema";
import type { InputDocument } from "../../input/types.js";

/** What the pool sends a worker: one document to extract. */
export interface ExtractRequest {
  id: number;
  doc: InputDocument;
}

/** What a worker answers: the document graph, or the reason extraction failed. */
export type ExtractReply = { id: number; graph: DocumentGraph } | { id: number; error: string };
