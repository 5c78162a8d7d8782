import type { OverviewResponse, RankedEntity } from "../../shared/api/contract.js";

export function OverviewPanel({ overview, onOpen }: { overview: OverviewResponse | null; onOpen(id: string): void }) {
  if (!overview) return <div className="empty-note">Loading the overview…</div>;
  const c = overview.counts;
  const list = (items: RankedEntity[], testid: string) => (
    <ol className="ranked" data-testid={testid}>
      {items.map((e) => (
        <li key={e.id}>
          <button type="button" className={`ref ref-${e.label}`} onClick={() => onOpen(e.id)}>
            {e.name}
          </button>
          <span className="count">{e.count}</span>
        </li>
      ))}
    </ol>
  );
  return (
    <div className="details" data-testid="overview">
      <div className="stats">
        {(["Article", "Claim", "Person", "Organization"] as const).map((k) => (
          <div key={k} className="stat">
            <div className="stat-n">{(c[k] ?? 0).toLocaleString()}</div>
            <div className="stat-l">{k === "Person" ? "people" : `${k.toLowerCase()}s`}</div>
          </div>
        ))}
      </div>
      {overview.topSpeakers.length === 0 && (
        <p className="muted">The graph is empty. Ingest articles with `pnpm ingest &lt;files&gt;`, then reload.</p>
      )}
      <section>
        <h3>Most quoted</h3>
        {list(overview.topSpeakers, "top-speakers")}
      </section>
      <section>
        <h3>Most talked about</h3>
        {list(overview.topTargets, "top-targets")}
      </section>
    </div>
  );
}
