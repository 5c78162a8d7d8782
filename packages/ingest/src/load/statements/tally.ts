/**
 * A statement's figures, kept up to date as reports join without reading its other reports:
 * the number of reports, of articles and of distinct outlets, and the first report (earliest
 * `publishedAt`, an undated article after every dated one, then ingestion order, then claim id).
 * Joining costs the same however many reports a statement has; only a merge of two statements or
 * a purged article recomputes one from its reports (in Cypher, with the same order).
 */
export interface Report {
  claim: string;
  article: string;
  outlet: string | null;
  publishedAt: string | null;
  order: number;
}

export interface StatementStats {
  reports: number;
  articles: number;
  /** Distinct outlet names (sorted); an article without a stated outlet adds none. */
  outletNames: string[];
  first: Report | null;
}

export const EMPTY_STATS: StatementStats = { reports: 0, articles: 0, outletNames: [], first: null };

/** True when `a` was reported before `b`. */
export function before(a: Report, b: Report): boolean {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return false;
    if (b.publishedAt === null) return true;
    return a.publishedAt < b.publishedAt;
  }
  if (a.order !== b.order) return a.order < b.order;
  return a.claim < b.claim;
}

/** The figures after `reports` join; their articles are new to the statement (a batch writes only new articles). */
export function addReports(stats: StatementStats, reports: readonly Report[]): StatementStats {
  const articles = new Set(reports.map((r) => r.article));
  const outlets = new Set(stats.outletNames);
  let first = stats.first;
  for (const report of reports) {
    if (report.outlet) outlets.add(report.outlet);
    if (!first || before(report, first)) first = report;
  }
  return {
    reports: stats.reports + reports.length,
    articles: stats.articles + articles.size,
    outletNames: [...outlets].sort(),
    first,
  };
}
