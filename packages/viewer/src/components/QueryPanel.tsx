import { useEffect, useState } from "react";
import { api } from "../api/client.js";
import { type CypherResponse, LIMITS, type SchemaResponse } from "../api/contract.js";
import { graphActions } from "../graph/store.js";
import { EXAMPLE_QUERIES } from "../query/examples.js";
import { queryActions, queryStore } from "../query/store.js";
import { useStore } from "../store/use-store.js";
import { CypherEditor } from "./CypherEditor.js";

/** The run shortcut as this platform writes it (CodeMirror's Mod is Cmd on Apple systems, Ctrl elsewhere). */
export function runShortcut(platform: string): string {
  return /Mac|iPhone|iPad/i.test(platform) ? "⌘↵" : "Ctrl+↵";
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return value;
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

export function QueryPanel() {
  const state = useStore(queryStore);
  const [schema, setSchema] = useState<SchemaResponse | null>(null);
  const [tab, setTab] = useState<"table" | "graph">("table");

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

function QueryResult({
  result,
  tab,
  onTab,
}: {
  result: CypherResponse;
  tab: "table" | "graph";
  onTab(t: "table" | "graph"): void;
}) {
  return (
    <div className="query-result" data-testid="query-result">
      <div className="tabs small">
        <button type="button" className={tab === "table" ? "on" : ""} onClick={() => onTab("table")}>
          Table · {result.rows.length} rows
        </button>
        <button type="button" className={tab === "graph" ? "on" : ""} onClick={() => onTab("graph")}>
          Graph · {result.graph.nodes.length} nodes, {result.graph.edges.length} edges
        </button>
        <span className="muted">{result.ms} ms</span>
      </div>
      {result.truncated && (
        <div className="notice notice-warning inline" data-testid="query-truncated">
          {result.truncatedBy === "bytes"
            ? `Only the first ${result.rows.length} rows are shown: the whole result is larger than ${LIMITS.cypherBytesMax / 1024 / 1024} MB. Return fewer or smaller values (properties instead of whole nodes, LIMIT, aggregates).`
            : `Only the first ${result.limit} rows are shown. Add ORDER BY with SKIP/LIMIT to page through the rest.`}
        </div>
      )}
      {tab === "table" ? (
        <div className="table-wrap">
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
                    <td key={j}>{cell(v)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {result.rows.length > 500 && (
            <p className="muted small">The table shows 500 rows; the canvas has them all.</p>
          )}
        </div>
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
    </div>
  );
}
