/** Shown while a snapshot is on screen: what it is, when and from which data it was taken. */
import { useStore } from "../store/use-store.js";
import { sharingActions } from "./actions.js";
import { changedSince, sharingStore, stepsStore } from "./store.js";

const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

export function SnapshotBanner() {
  const { opened, busy } = useStore(sharingStore);
  const steps = useStore(stepsStore);
  if (!opened) return null;
  return (
    <div className="snapshot-banner" data-testid="snapshot-banner" role="status">
      <div>
        <strong data-testid="snapshot-title">{opened.title}</strong>
        <span className="muted small">
          {" "}
          · snapshot taken {when(opened.createdAt)} from {opened.source.articles} article
          {opened.source.articles === 1 ? "" : "s"}
          {opened.migratedFrom !== null ? ` · upgraded from version ${opened.migratedFrom}` : ""}
        </span>
        {changedSince(opened) && (
          <span className="snapshot-changed small" data-testid="snapshot-changed">
            {" "}
            · the live graph has changed since ({opened.live?.articles} articles now); this shows the graph as it was
          </span>
        )}
        {opened.notes && <div className="small">{opened.notes}</div>}
        {steps.length > 0 && (
          <details className="snapshot-steps small" data-testid="snapshot-steps">
            <summary>How this was made ({steps.length} steps)</summary>
            <ol>
              {steps.map((step, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: steps are an append-only list
                <li key={i}>{step.kind === "cypher" ? <code>{step.detail}</code> : step.detail}</li>
              ))}
            </ol>
          </details>
        )}
      </div>
      {opened.id && (
        <button
          type="button"
          data-testid="snapshot-delete"
          disabled={busy}
          onClick={() => {
            if (window.confirm("Delete this snapshot? Its link will stop working for everyone you shared it with.")) {
              void sharingActions.deleteOpened();
            }
          }}
          title="Delete this snapshot from the server: its link stops working"
        >
          Delete
        </button>
      )}
      <button
        type="button"
        data-testid="snapshot-continue"
        onClick={sharingActions.continueLive}
        title="Keep this on screen and explore the live graph from here"
      >
        Continue exploring live
      </button>
    </div>
  );
}
