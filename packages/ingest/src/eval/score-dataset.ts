import type { DocumentGraph } from "@claimgraph/schema";
import { addCounts, type Counts, type Metric, metric } from "./metrics.js";
import { type DocumentScore, SCORE_ROWS, type ScoreRow, scoreDocument } from "./score-document.js";

/** Micro-averaged scores of a set of documents: counts are summed, then P/R/F1 computed. */
export type DatasetRows = Record<ScoreRow, Metric | null>;

export interface DatasetScore {
  /** Gold documents scored. */
  documents: number;
  rows: DatasetRows;
  /** Gold documents with no prediction (scored as an empty prediction). */
  missing: string[];
  /** Predictions that carried an `error` (scored as an empty prediction). */
  failed: string[];
  /** Predictions for documents the gold does not have (not scored). */
  unscored: string[];
  perDocument: DocumentScore[];
}

/** Sums document counts per row; a row is `null` ("n/a") when no document annotates it. */
export function sumScores(scores: readonly DocumentScore[]): DatasetRows {
  const rows = {} as DatasetRows;
  for (const row of SCORE_ROWS) {
    let total: Counts | null = null;
    for (const score of scores) {
      const counts = score.counts[row];
      if (counts) total = addCounts(total ?? { tp: 0, fp: 0, fn: 0 }, counts);
    }
    rows[row] = total ? metric(total) : null;
  }
  return rows;
}

export function emptyGraph(document: string): DocumentGraph {
  return { document, entities: [], affiliations: [], claims: [] };
}

/** Pairs predictions with gold documents by `document` id and scores every gold document. */
export function scoreDataset(predicted: readonly DocumentGraph[], gold: readonly DocumentGraph[]): DatasetScore {
  const byId = new Map(predicted.map((graph) => [graph.document, graph]));
  const goldIds = new Set(gold.map((graph) => graph.document));
  const missing: string[] = [];
  const failed: string[] = [];
  const perDocument = gold.map((goldGraph) => {
    const prediction = byId.get(goldGraph.document);
    if (!prediction) missing.push(goldGraph.document);
    else if (prediction.error) failed.push(goldGraph.document);
    return scoreDocument(prediction ?? emptyGraph(goldGraph.document), goldGraph);
  });
  return {
    documents: gold.length,
    rows: sumScores(perDocument),
    missing,
    failed,
    unscored: predicted.filter((graph) => !goldIds.has(graph.document)).map((graph) => graph.document),
    perDocument,
  };
}
