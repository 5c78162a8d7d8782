/**
 * The "Share" menu: save a snapshot and get its permalink, export it (snapshot file, self-contained
 * HTML, PNG, SVG, the claims in view as CSV or JSON) or import a snapshot file. Opens the snapshot
 * of a permalink (/s/<id>) when the page loads.
 */
import { useEffect, useRef, useState } from "react";
import type { Renderer } from "../../shared/snapshot/explorer-state.js";
import { exposeHandle } from "../store/test-handle.js";
import { useStore } from "../store/use-store.js";
import { timelineStore } from "../timeline/store.js";
import { sharingActions } from "./actions.js";
import { exportActions } from "./exports.js";
import { type SharingCanvas, sharingStore, stepsStore } from "./store.js";
import "./sharing.css";

export interface SharingMenuProps {
  canvas: SharingCanvas;
  renderer: Renderer;
  onRenderer(renderer: Renderer): void;
  /** The permalink's snapshot token to open when the page loads (null: the live graph). */
  permalinkId: string | null;
}

export function SharingMenu({ canvas, renderer, onRenderer, permalinkId }: SharingMenuProps) {
  const { busy, permalink, error, opened } = useStore(sharingStore);
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState("");
  const [notes, setNotes] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);
  const props = useRef({ canvas, onRenderer });
  props.current = { canvas, onRenderer };

  useEffect(() => {
    exposeHandle({ sharing: { store: sharingStore, timeline: timelineStore, steps: stepsStore } });
    if (permalinkId) void sharingActions.openById(permalinkId, props.current.canvas, props.current.onRenderer);
  }, [permalinkId]);

  useEffect(() => {
    if (opened) {
      setTitle(opened.title);
      setNotes(opened.notes);
    }
  }, [opened]);

  // Escape closes the menu and gives focus back to its button.
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  const name = title.trim() || opened?.title || "claimgraph snapshot";
  const item = (id: string, label: string, hint: string, run: () => void) => (
    <button type="button" data-testid={`share-${id}`} title={hint} onClick={run} disabled={busy}>
      {label}
    </button>
  );

  const errorBox = error && (
    <div
      className={open ? "sharing-error sharing-error-inline" : "sharing-error"}
      role="alert"
      data-testid="share-error"
    >
      <span>{error}</span>
      <button type="button" aria-label="Dismiss" onClick={sharingActions.dismissError}>
        ×
      </button>
    </div>
  );

  return (
    <div className="sharing">
      <button
        ref={toggle}
        type="button"
        className="sharing-toggle"
        data-testid="share-open"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Share
      </button>
      {open && (
        <div className="sharing-pop" role="dialog" aria-label="Share">
          {errorBox}
          <label className="sharing-field">
            <span>Title</span>
            <input
              data-testid="share-title"
              value={title}
              placeholder="What this shows"
              onChange={(e) => setTitle(e.target.value)}
            />
          </label>
          <label className="sharing-field">
            <span>Notes</span>
            <textarea data-testid="share-notes" rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
          </label>
          <div className="sharing-row">
            {item(
              "save",
              busy ? "Saving…" : "Save & get link",
              "Store this view on the server; anyone who can reach it opens the link read-only",
              () => {
                void sharingActions.save(canvas, renderer, name, notes).then((link) => {
                  if (link) void navigator.clipboard?.writeText(link).catch(() => {});
                });
              },
            )}
          </div>
          {permalink && (
            <input
              className="sharing-link"
              data-testid="share-link"
              readOnly
              value={permalink}
              onFocus={(e) => e.target.select()}
            />
          )}
          <div className="sharing-title">Export</div>
          <div className="sharing-row">
            {item(
              "export-file",
              "Snapshot file",
              "A .json file anyone can import here",
              () => void exportActions.exportFile(canvas, renderer, name, notes),
            )}
            {item(
              "export-html",
              "HTML",
              "One file that opens offline by double-click",
              () => void exportActions.exportHtml(canvas, renderer, name, notes),
            )}
            {item("export-png", "PNG", "The whole graph at twice the screen scale", () =>
              exportActions.exportPng(canvas, name),
            )}
            {item("export-svg", "SVG", "The graph as a vector drawing", () => exportActions.exportSvg(name))}
            {item(
              "export-csv",
              "Claims CSV",
              "The claims in view: speaker, quote, targets, article, outlet, date, URL, article id and the quote's offsets",
              () => void exportActions.exportCsv(name),
            )}
            {item(
              "export-json",
              "Claims JSON",
              "The claims in view as JSON",
              () => void exportActions.exportJson(name),
            )}
          </div>
          <div className="sharing-title" id="sharing-import-title">
            Import
          </div>
          <input
            ref={fileInput}
            type="file"
            aria-labelledby="sharing-import-title"
            accept=".json,application/json"
            data-testid="share-import"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void sharingActions.importFile(file, canvas, onRenderer).then((ok) => ok && setOpen(false));
              e.target.value = "";
            }}
          />
        </div>
      )}
      {!open && errorBox}
    </div>
  );
}
