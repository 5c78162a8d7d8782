import { wordDiff } from "@claimgraph/schema";
import type { ClaimResponse, DisputeInfo, StatementReport } from "../../shared/api/contract.js";

/**
 * A claim's statement in its details: "reported by N outlets, first by X on date", each report with
 * its wording against the first report's (removed words struck through, added ones marked), and the
 * claims it disputes or that dispute it.
 */
export function StatementSection({ claim, onOpenClaim }: { claim: ClaimResponse; onOpenClaim?: (id: string) => void }) {
  const statement = claim.statement;
  const disputes = claim.disputes ?? [];
  const disputedBy = claim.disputedBy ?? [];
  if (!statement && disputes.length === 0 && disputedBy.length === 0) return null;
  return (
    <section className="statement" data-testid="claim-statement">
      {statement && (
        <>
          <h4 className="statement-summary" data-testid="statement-summary">
            {summary(statement)}
          </h4>
          {statement.list.length > 1 && (
            <ol className="statement-reports">
              {statement.list.map((report) => (
                <ReportLine
                  key={report.claimId}
                  report={report}
                  first={statement.list[0] as StatementReport}
                  current={report.claimId === claim.claim.id}
                  onOpenClaim={onOpenClaim}
                />
              ))}
            </ol>
          )}
          {statement.reports > statement.list.length && (
            <p className="muted small">{statement.reports - statement.list.length} more report(s) not listed</p>
          )}
        </>
      )}
      <DisputeList title="Disputes" items={disputes} testId="claim-disputes" onOpenClaim={onOpenClaim} />
      <DisputeList title="Disputed by" items={disputedBy} testId="claim-disputed-by" onOpenClaim={onOpenClaim} />
    </section>
  );
}

/** "Reported by 7 outlets in 9 articles, first by The Post on 2016-05-01". */
export function summary(s: NonNullable<ClaimResponse["statement"]>): string {
  const outlets = s.outlets === 1 ? "1 outlet" : `${s.outlets} outlets`;
  const articles = s.articles === 1 ? "1 article" : `${s.articles} articles`;
  const first = [s.firstOutlet && `by ${s.firstOutlet}`, s.firstPublishedAt && `on ${s.firstPublishedAt}`]
    .filter(Boolean)
    .join(" ");
  return `Reported by ${outlets} in ${articles}${first ? `, first ${first}` : ""}`;
}

function ReportLine({
  report,
  first,
  current,
  onOpenClaim,
}: {
  report: StatementReport;
  first: StatementReport;
  current: boolean;
  onOpenClaim?: (id: string) => void;
}) {
  const parts =
    report.claimId === first.claimId ? [{ op: "same" as const, text: report.text }] : wordDiff(first.text, report.text);
  return (
    <li className={current ? "report current" : "report"} data-testid="statement-report">
      <div className="muted small">
        {[report.outlet || "unknown outlet", report.publishedAt].filter(Boolean).join(" · ")}
        {report.claimId === first.claimId && " · first report"}
        {current && " · this claim"}
      </div>
      <p className="report-text">
        {parts.map((p, i) =>
          p.op === "same" ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: diff parts have no identity but their place
            <span key={i}>{p.text} </span>
          ) : p.op === "removed" ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: diff parts have no identity but their place
            <del key={i} data-testid="diff-removed">
              {p.text}{" "}
            </del>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: diff parts have no identity but their place
            <ins key={i} data-testid="diff-added">
              {p.text}{" "}
            </ins>
          ),
        )}
      </p>
      {!current && onOpenClaim && (
        <button type="button" className="claim-link small" onClick={() => onOpenClaim(report.claimId)}>
          Open this report
        </button>
      )}
    </li>
  );
}

function DisputeList({
  title,
  items,
  testId,
  onOpenClaim,
}: {
  title: string;
  items: DisputeInfo[];
  testId: string;
  onOpenClaim?: (id: string) => void;
}) {
  if (items.length === 0) return null;
  return (
    <div className={testId} data-testid={testId}>
      <h4>{title}</h4>
      <ul>
        {items.map((d) => (
          <li key={d.claimId}>
            <strong>{d.speaker || "unknown"}</strong>: “{d.text}”<div className="muted small">{d.evidence}</div>
            {onOpenClaim && (
              <button type="button" className="claim-link small" onClick={() => onOpenClaim(d.claimId)}>
                Open
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
