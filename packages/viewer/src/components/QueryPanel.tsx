import { type ReactNode, useEffect, useState } from "react";
import { type CypherResponse, LIMITS, type SchemaResponse } from "../../shared/api/contract.js";
import { api } from "../api/client.js";
import { download } from "../export/download.js";
import { graphActions } from "../graph/store.js";
import { EXAMPLE_QUERIES } from "../query/examples.js";
import { formatCell } from "../query/format.js";
import { resultAsCsv, resultAsJson, resultAsText } from "../query/result-text.js";
import { queryActions, queryStore } from "../query/store.js";
import { useStore } from "../store/use-store.js";
import { CypherEditor } from "./CypherEditor.js";
import { ToggleButton } from "./ToggleButton.js";

/** The run shortcut as this platform writes it (CodeMirror's Mod is Cmd on Apple systems, Ctrl elsewhere). */
export function runShortcut(platform: string): string {
  return /Mac|iPhone|iPad/i.test(platform) ? "⌘↵" : "Ctrl+↵";
}

export function QueryPanel() {
  const state = useStore(queryStore);
  const [schema, setSchema] = useState<SchemaResponse | null>(null);
  const [tab, setTab] = useState<ResultView>("table");

  useEffect(() => {
    api
      .schema()
      .then(setSchema)
      .catch(() => setSchema(null));
  }, []);

  const run = async () => {
    const result = await queryActions.run();
    // Each result opens on the view that suits it, as in Neo4j Browser: the graph when it has nodes.
    if (result) setTab(result.graph.nodes.length > 0 ? "graph" : "table");
    if (result && result.graph.nodes.length > 0) {
      graphActions.focus(null);
      graphActions.add(result.graph);
    }
  };

  return (
    <div className="query" data-testid="query-panel">
      <div className="query-bar">
        <select
          aria-label="Example queries"
          value=""
          onChange={(e) => {
            const example = EXAMPLE_QUERIES[Number(e.target.value)];
            if (example) queryActions.setText(example.query);
          }}
        >
          <option value="">Examples…</option>
          {EXAMPLE_QUERIES.map((q, i) => (
            <option key={q.title} value={i}>
              {q.title}
            </option>
          ))}
        </select>
        <select
          aria-label="History"
          value=""
          disabled={state.history.length === 0}
          onChange={(e) => {
            const q = state.history[Number(e.target.value)];
            if (q) queryActions.setText(q);
          }}
        >
          <option value="">History…</option>
          {state.history.map((q, i) => (
            <option key={q} value={i}>
              {q.replace(/\s+/g, " ").slice(0, 70)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="primary"
          data-testid="run-query"
          disabled={state.running}
          onClick={() => void run()}
          title={`Run (${runShortcut(navigator.platform)})`}
        >
          {state.running ? "Running…" : `Run ${runShortcut(navigator.platform)}`}
        </button>
        {state.running && (
          <button type="button" data-testid="cancel-query" onClick={queryActions.cancel}>
            Cancel
          </button>
        )}
      </div>
      <CypherEditor
        value={state.text}
        schema={schema}
        cursorAt={state.error?.position?.offset ?? null}
        onChange={queryActions.setText}
        onRun={() => void run()}
      />
      <p className="muted small">
        Read-only: queries run in a read transaction with a time limit. Results go onto the canvas too.
      </p>
      {Object.keys(state.params).length > 0 && (
        <p className="muted small" data-testid="query-params">
          Parameters:{" "}
          {Object.entries(state.params)
            .map(([k, v]) => `$${k} = ${JSON.stringify(v)}`)
            .join(", ")}
        </p>
      )}
      {state.notice && (
        <div className="notice inline" data-testid="query-notice" role="status">
          {state.notice}
        </div>
      )}
      {state.error && (
        <div className="error-box" data-testid="query-error" role="alert">
          {state.error.position && (
            <strong>
              Line {state.error.position.line}, column {state.error.position.column}:{" "}
            </strong>
          )}
          {state.error.message}
        </div>
      )}
      {state.result && <QueryResult result={state.result} tab={tab} onTab={setTab} />}
    </div>
  );
}

/** The result's downloads: the rows shown, as CSV or JSON. */
const DOWNLOADS = [
  { format: "csv", label: "CSV", type: "text/csv;charset=utf-8", write: resultAsCsv },
  { format: "json", label: "JSON", type: "application/json", write: resultAsJson },
] as const;

/** How a result is shown: a table, what went onto the canvas, boxed text, or JSON. */
type ResultView = "table" | "graph" | "text" | "json";

function QueryResult({ result, tab, onTab }: { result: CypherResponse; tab: ResultView; onTab(t: ResultView): void }) {
  // Widened: the result lies over the canvas, as wide as the window, cells wrapped in full.
  const [wide, setWide] = useState(false);
  useEffect(() => {
    if (!wide) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") setWide(false);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [wide]);
  return (
    <section
      className={wide ? "query-result wide" : "query-result"}
      data-testid="query-result"
      aria-label="Query result"
    >
      <div className="tabs small">
        <button
          type="button"
          data-testid="result-tab-table"
          className={tab === "table" ? "on" : ""}
          onClick={() => onTab("table")}
        >
          Table · {result.rows.length} rows
        </button>
        <button
          type="button"
          data-testid="result-tab-graph"
          className={tab === "graph" ? "on" : ""}
          onClick={() => onTab("graph")}
        >
          Graph · {result.graph.nodes.length} nodes, {result.graph.edges.length} edges
        </button>
        {(["text", "json"] as const).map((view) => (
          <button
            type="button"
            key={view}
            data-testid={`result-tab-${view}`}
            className={tab === view ? "on" : ""}
            onClick={() => onTab(view)}
          >
            {view === "text" ? "Text" : "JSON"}
          </button>
        ))}
        <span className="muted">{result.ms} ms</span>
        {DOWNLOADS.map((d) => (
          <button
            type="button"
            key={d.format}
            className="btn small"
            data-testid={`result-download-${d.format}`}
            title={`Download the rows shown as ${d.label}`}
            onClick={() => download(`cypher-result.${d.format}`, d.write(result), d.type)}
          >
            {d.label} ↓
          </button>
        ))}
        <ToggleButton
          on={wide}
          onChange={setWide}
          kind="toggle"
          className="result-expand"
          testId="result-expand"
          title={wide ? "Back into the panel (Escape)" : "Widen the result over the canvas"}
        >
          {wide ? "Close ✕" : "Widen ⤢"}
        </ToggleButton>
      </div>
      {result.truncated && (
        <div className="notice notice-warning inline" data-testid="query-truncated">
          {result.truncatedBy === "bytes"
            ? `Only the first ${result.rows.length} rows are shown: the whole result is larger than ${LIMITS.cypherBytesMax / 1024 / 1024} MB. Return fewer or smaller values (properties instead of whole nodes, LIMIT, aggregates).`
            : `Only the first ${result.limit} rows are shown. Add ORDER BY with SKIP/LIMIT to page through the rest.`}
        </div>
      )}
      {tab === "table" ? (
        <ScrollRegion label="Query result table">
          <table data-testid="result-table">
            <thead>
              <tr>
                {result.columns.map((c) => (
                  <th key={c}>{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.rows.slice(0, 500).map((row, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
                <tr key={i}>
                  {row.map((v, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                    <td key={j} title={formatCell(v, { max: 2_000, limit: 4_000 })}>
                      {formatCell(v, wide ? { max: 2_000, limit: 4_000 } : {})}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {result.rows.length > 500 && (
            <p className="muted small">The table shows 500 rows; the canvas has them all.</p>
          )}
        </ScrollRegion>
      ) : tab === "text" || tab === "json" ? (
        <ScrollRegion label={tab === "text" ? "Query result as text" : "Query result as JSON"}>
          <pre className="result-text" data-testid={`result-${tab}`}>
            {tab === "text" ? resultAsText(result) : resultAsJson(result)}
          </pre>
        </ScrollRegion>
      ) : (
        <div className="graph-summary" data-testid="result-graph">
          <p>
            {result.graph.nodes.length} nodes and {result.graph.edges.length} relationships were added to the canvas.
          </p>
          <button type="button" className="btn" onClick={() => graphActions.replace(result.graph)}>
            Show only this result
          </button>
        </div>
      )}
    </section>
  );
}

/** A scrolling region takes the focus, so the keyboard can scroll a wide or long result (WCAG 2.1.1). */
function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-wrap" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
