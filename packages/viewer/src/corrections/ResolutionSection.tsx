/**
 * The entity details panel's resolution section: why this node is one node (each article's forms
 * and reason), its possible matches with their evidence, and the analyst's corrections — merge with
 * another node, split one article's mention off, confirm or reject a possible match, and undo.
 */
import { Fragment, useCallback, useEffect, useState } from "react";
import type { SearchHit } from "../../shared/api/contract.js";
import type { CorrectionRecord, CorrectionRequest, ResolutionResponse } from "../../shared/corrections/contract.js";
import { api, messageOf } from "../api/client.js";
import { analystName, correctionsApi, setAnalystName } from "./client.js";

export interface ResolutionSectionProps {
  entityId: string;
  onShowEntity(id: string): void;
  /** Nodes a correction took out of the graph (to drop from the canvas). */
  onGone(ids: string[]): void;
}

/** What an analyst can decide about a possible match: the same person (confirm) or not (reject). */
const DECISIONS = [
  { kind: "confirm", label: "Same person" },
  { kind: "reject", label: "Not the same" },
] as const;

const scopeOf = (id: string) => (id.includes("@") ? id.slice(id.lastIndexOf("@") + 1) : undefined);

export function ResolutionSection({ entityId, onShowEntity, onGone }: ResolutionSectionProps) {
  const [data, setData] = useState<ResolutionResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [by, setBy] = useState(analystName);

  const reload = useCallback(async () => {
    try {
      setData(await correctionsApi.resolution(entityId));
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  }, [entityId]);

  useEffect(() => {
    setData(null);
    void reload();
  }, [reload]);

  const run = async (request: CorrectionRequest, then: () => void) => {
    setBusy(true);
    setError(null);
    setAnalystName(by);
    try {
      await correctionsApi.record(request);
      then();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const undo = async (c: CorrectionRecord) => {
    setBusy(true);
    setError(null);
    try {
      await correctionsApi.undo(c.id, by.trim() || "analyst");
      await reload();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const who = by.trim() || "analyst";
  const merge = (target: string) =>
    run({ kind: "merge", entity: entityId, target, by: who }, () => {
      onGone([entityId]);
      onShowEntity(target);
    });
  const split = (article: string) =>
    run({ kind: "split", entity: entityId, article, by: who }, () => onShowEntity(`${entityId}@${article}`));
  const decide = (kind: "confirm" | "reject", target: string) =>
    run({ kind, entity: entityId, target, by: who }, () => {
      if (kind === "confirm") {
        onGone([entityId]);
        onShowEntity(target);
      } else void reload();
    });

  if (!data) return error ? <div className="error-box">{error}</div> : null;
  const scoped = scopeOf(entityId) !== undefined;
  const forms = [...new Set(data.mentions.flatMap((m) => m.forms))].filter((f) => f !== data.entity.name);
  return (
    <section className="resolution" data-testid="resolution">
      <h3>Why one node</h3>
      {forms.length > 0 && (
        <p className="muted" data-testid="also-written-as">
          Also written as: {forms.join(", ")}
        </p>
      )}
      <ul className="plain">
        {data.mentions.map((m) => (
          <li key={`${m.articleId}-${m.correction ?? ""}`} data-testid="mention">
            <div>{m.title || m.sourceKey}</div>
            <div className="muted small">
              {m.forms.join(", ")} — {m.resolution}
            </div>
            {!scoped && data.mentionsTotal > 1 && (
              <button
                type="button"
                className="link"
                disabled={busy}
                data-testid="split-mention"
                onClick={() => void split(m.articleId)}
              >
                Split this mention off
              </button>
            )}
          </li>
        ))}
      </ul>
      {data.possible.length > 0 && (
        <>
          <h3>Possible matches</h3>
          <ul className="plain" data-testid="possible-matches">
            {data.possible.map((p) => (
              <li key={`${p.direction}-${p.other.id}-${p.articleId}`}>
                <button type="button" className="ref ref-Person" onClick={() => onShowEntity(p.other.id)}>
                  {p.other.name}
                </button>{" "}
                <span className="muted small">
                  {Math.round(p.score * 100)}% · {p.evidence}
                </span>
                {p.direction === "out" && (
                  <span>
                    {DECISIONS.map((d) => (
                      <Fragment key={d.kind}>
                        {" "}
                        <button
                          type="button"
                          className="link"
                          disabled={busy}
                          data-testid={`${d.kind}-match`}
                          onClick={() => void decide(d.kind, p.other.id)}
                        >
                          {d.label}
                        </button>
                      </Fragment>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <MergeWith entityId={entityId} label={data.entity.label} busy={busy} onMerge={(id) => void merge(id)} />
      <label className="small muted analyst">
        Corrections by{" "}
        <input value={by} maxLength={80} data-testid="analyst-name" onChange={(e) => setBy(e.target.value)} />
      </label>
      {error && <div className="error-box">{error}</div>}
      {data.corrections.length > 0 && (
        <>
          <h3>Corrections</h3>
          <ul className="plain" data-testid="corrections">
            {data.corrections.map((c) => (
              <li key={c.id} data-testid="correction">
                <div>
                  {describe(c)}
                  {c.undoneAt && <span className="muted"> (undone)</span>}
                </div>
                <div className="muted small">
                  {c.by}, {c.at.slice(0, 16).replace("T", " ")}
                  {c.undoneAt ? ` · undone by ${c.undoneBy ?? "?"}, ${c.undoneAt.slice(0, 16).replace("T", " ")}` : ""}
                </div>
                {!c.undoneAt && (
                  <button
                    type="button"
                    className="link"
                    disabled={busy}
                    data-testid="undo-correction"
                    onClick={() => void undo(c)}
                  >
                    Undo
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function describe(c: CorrectionRecord): string {
  switch (c.kind) {
    case "merge":
      return `Merged ${c.name} into ${c.targetName ?? c.target}`;
    case "split":
      return `Split ${c.name} off in ${c.sourceKey}`;
    case "confirm":
      return `Confirmed ${c.name} = ${c.targetName ?? c.target}`;
    case "reject":
      return `Rejected ${c.name} = ${c.targetName ?? c.target}`;
  }
}

/** "Merge with…": find another node of the same kind by name, then merge this one into it. */
function MergeWith({
  entityId,
  label,
  busy,
  onMerge,
}: {
  entityId: string;
  label: string;
  busy: boolean;
  onMerge(id: string): void;
}) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [chosen, setChosen] = useState<SearchHit | null>(null);
  const [error, setError] = useState<string | null>(null);

  const find = async () => {
    try {
      const result = await api.search(query, 10);
      setHits(result.hits.filter((h) => h.label === label && h.id !== entityId && !h.id.includes("@")));
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  if (!open) {
    return (
      <button type="button" className="link" data-testid="merge-with" onClick={() => setOpen(true)}>
        Merge with…
      </button>
    );
  }
  return (
    <div className="merge-with">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void find();
        }}
      >
        <input
          value={query}
          placeholder={`Find the ${label === "Organization" ? "organization" : "person"} this is`}
          data-testid="merge-query"
          onChange={(e) => setQuery(e.target.value)}
        />{" "}
        <button type="submit" disabled={query.trim() === ""}>
          Find
        </button>
      </form>
      {error && <div className="error-box">{error}</div>}
      <ul className="plain">
        {hits.map((h) => (
          <li key={h.id}>
            <button
              type="button"
              className={`ref ref-${h.label}`}
              data-testid="merge-candidate"
              onClick={() => setChosen(h)}
            >
              {h.name}
            </button>{" "}
            <span className="muted small">{h.detail}</span>
          </li>
        ))}
      </ul>
      {chosen && (
        <button type="button" disabled={busy} data-testid="merge-confirm" onClick={() => onMerge(chosen.id)}>
          Merge into {chosen.name}
        </button>
      )}
    </div>
  );
}
