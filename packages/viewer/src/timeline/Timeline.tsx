/**
 * The timeline of claims by article date, under the graph. Drag across the bars to choose a
 * window; the graph then shows only claims (and articles) from that period. Clear shows all again.
 */
import { useMemo, useRef, useState } from "react";
import type { GraphNode } from "../../shared/api/contract.js";
import { useStore } from "../store/use-store.js";
import { binsOf, buildTimeline, countInWindow, keyWindow, windowOfBins } from "./model.js";
import { timelineActions, timelineStore } from "./store.js";
import "./timeline.css";

const HEIGHT = 44;

export function Timeline({ nodes }: { nodes: GraphNode[] }) {
  const { window } = useStore(timelineStore);
  const timeline = useMemo(() => buildTimeline(nodes), [nodes]);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const track = useRef<HTMLDivElement>(null);
  const inside = useMemo(() => (window ? countInWindow(nodes, window) : 0), [nodes, window]);

  if (timeline.bins.length === 0) {
    return (
      <div className="timeline timeline-empty" data-testid="timeline">
        No dated claims on the canvas{timeline.undated ? ` (${timeline.undated} without a date)` : ""}.
      </div>
    );
  }
  const n = timeline.bins.length;
  const max = Math.max(...timeline.bins.map((b) => b.count), 1);
  const binAt = (clientX: number) => {
    const box = track.current?.getBoundingClientRect();
    if (!box || box.width === 0) return 0;
    return Math.min(n - 1, Math.max(0, Math.floor(((clientX - box.left) / box.width) * n)));
  };
  const selected = (i: number) => {
    const bin = timeline.bins[i];
    if (drag) return i >= Math.min(drag.start, drag.end) && i <= Math.max(drag.start, drag.end);
    return !!window && !!bin && bin.to >= window.from && bin.from <= window.to;
  };

  return (
    <div className="timeline" data-testid="timeline">
      <div className="timeline-head">
        <span className="timeline-title">Claims by article date</span>
        <span className="muted small" data-testid="timeline-window">
          {window
            ? `${window.from} – ${window.to} · ${inside} claim${inside === 1 ? "" : "s"}`
            : `${timeline.first} – ${timeline.last} · drag to choose a period`}
          {timeline.undated ? ` · ${timeline.undated} undated` : ""}
        </span>
        {window && (
          <button type="button" className="timeline-clear" data-testid="timeline-clear" onClick={timelineActions.clear}>
            All dates
          </button>
        )}
      </div>
      <div
        ref={track}
        className="timeline-track"
        data-testid="timeline-bars"
        role="slider"
        aria-label="Time window: drag across the bars, or use the arrow keys (Shift widens, Escape shows all dates)"
        aria-valuemin={0}
        aria-valuemax={n - 1}
        aria-valuenow={window ? Math.max(0, binsOf(timeline, window)[0]) : 0}
        aria-valuetext={window ? `${window.from} to ${window.to}` : "all dates"}
        tabIndex={0}
        onKeyDown={(e) => {
          const next = keyWindow(timeline, window, e.key, e.shiftKey);
          if (next === undefined) return;
          e.preventDefault();
          if (next === null) timelineActions.clear();
          else timelineActions.setWindow(next);
        }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture?.(e.pointerId);
          const i = binAt(e.clientX);
          setDrag({ start: i, end: i });
        }}
        onPointerMove={(e) => {
          if (drag) setDrag({ ...drag, end: binAt(e.clientX) });
        }}
        onPointerUp={(e) => {
          if (!drag) return;
          const chosen = windowOfBins(timeline, drag.start, binAt(e.clientX));
          setDrag(null);
          timelineActions.setWindow(chosen);
        }}
      >
        <svg className="timeline-bars" viewBox={`0 0 ${n} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true">
          {timeline.bins.map((bin, i) => {
            const h = bin.count === 0 ? 0 : Math.max(2, (bin.count / max) * (HEIGHT - 2));
            return (
              <g key={bin.from} data-testid="timeline-bin" data-from={bin.from} data-to={bin.to}>
                <rect x={i} y={0} width={1} height={HEIGHT} className={selected(i) ? "tl-sel" : "tl-bg"} />
                <rect x={i + 0.1} y={HEIGHT - h} width={0.8} height={h} className="tl-bar">
                  <title>{`${bin.from === bin.to ? bin.from : `${bin.from} – ${bin.to}`}: ${bin.count} claims`}</title>
                </rect>
              </g>
            );
          })}
        </svg>
      </div>
    </div>
  );
}
