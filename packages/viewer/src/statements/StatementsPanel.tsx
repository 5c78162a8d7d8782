import { useEffect } from "react";
import type { RankedStatement, StatementRanking } from "../../shared/statements/contract.js";
import { type Tab, TabList } from "../components/TabList.js";
import { useStore } from "../store/use-store.js";
import { statementsActions, statementsStore } from "./store.js";

const RANKINGS: Tab<StatementRanking>[] = [
  { value: "repeated", label: "Most repeated" },
  { value: "disputed", label: "Most disputed" },
];

/**
 * The Statements view: the statements reported most often, or disputed most, each with its first
 * report's wording and speaker; choosing one draws its reports on the canvas.
 */
export function StatementsPanel({ onOpen }: { onOpen(statementId: string): void }) {
  const { by, result, status, error } = useStore(statementsStore);
  useEffect(() => {
    if (statementsStore.get().status === "idle") void statementsActions.rank("repeated");
  }, []);
  return (
    <div className="details statements-view" data-testid="statements-view">
      <TabList
        className="segmented"
        label="Rank statements by"
        tabs={RANKINGS}
        value={by}
        onChoose={(ranking) => void statementsActions.rank(ranking)}
        testIdPrefix="statements"
      />
      {status === "loading" && <p className="muted">Loading statements…</p>}
      {status === "error" && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      {result && result.statements.length === 0 && (
        <p className="muted" data-testid="statements-empty">
          {by === "repeated"
            ? "No statement has been reported more than once yet."
            : "No report of any statement is disputed yet."}
        </p>
      )}
      {result && result.statements.length > 0 && (
        <ol className="statement-ranking" data-testid="statements-list">
          {result.statements.map((s) => (
            <StatementRow key={s.id} statement={s} onOpen={onOpen} />
          ))}
        </ol>
      )}
      {result?.truncated && <p className="muted small">More statements rank below these.</p>}
    </div>
  );
}

function StatementRow({ statement: s, onOpen }: { statement: RankedStatement; onOpen(id: string): void }) {
  const first = [s.firstOutlet && `first by ${s.firstOutlet}`, s.firstPublishedAt && `on ${s.firstPublishedAt}`]
    .filter(Boolean)
    .join(" ");
  return (
    <li data-testid="statement-row" data-statement={s.id}>
      <button type="button" className="statement-open" onClick={() => onOpen(s.id)}>
        <span className="statement-speaker">{s.speaker?.name ?? "Unknown speaker"}</span>
        <q>{s.text || s.id}</q>
      </button>
      <span className="statement-figures small muted" data-testid="statement-figures">
        {s.reports} reports · {s.outlets} {s.outlets === 1 ? "outlet" : "outlets"}
        {s.disputedBy > 0 ? ` · disputed by ${s.disputedBy}` : ""}
        {first ? ` · ${first}` : ""}
      </span>
    </li>
  );
}
