/**
 * The timeline of claims by article date, and the window that filters the graph to a period.
 * Pure. Dates are ISO calendar days (YYYY-MM-DD) compared as strings.
 */
import type { GraphNode } from "../../shared/api/contract.js";
import type { TimeWindow } from "../../shared/snapshot/schema.js";
import type { GraphState } from "../graph/model.js";

const DAY = /^(\d{4}-\d{2}-\d{2})/;

/** The calendar day of a claim (its article's date) or an article; null when unknown. */
export function dateOf(node: GraphNode): string | null {
  if (node.label !== "Claim" && node.label !== "Article") return null;
  const value = node.props.publishedAt;
  if (typeof value !== "string") return null;
  const match = DAY.exec(value);
  return match ? (match[1] as string) : null;
}

export interface TimelineBin {
  /** First day of the bin (YYYY-MM-DD). */
  from: string;
  /** Last day of the bin. */
  to: string;
  count: number;
}

export interface Timeline {
  bins: TimelineBin[];
  /** Claims on the canvas without a known date (never inside a window). */
  undated: number;
  first: string | null;
  last: string | null;
}

const MS_DAY = 86_400_000;
const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Claims counted per bin between the first and last dated claim; bins are whole days, widened to
 * keep at most `maxBins` bars (so a decade of articles still fits under the graph).
 */
export function buildTimeline(nodes: Iterable<GraphNode>, maxBins = 60): Timeline {
  const days: string[] = [];
  let undated = 0;
  for (const node of nodes) {
    if (node.label !== "Claim") continue;
    const day = dateOf(node);
    if (day) days.push(day);
    else undated++;
  }
  if (days.length === 0) return { bins: [], undated, first: null, last: null };
  days.sort();
  const first = days[0] as string;
  const last = days.at(-1) as string;
  const span = Math.round((toMs(last) - toMs(first)) / MS_DAY) + 1;
  const width = Math.max(1, Math.ceil(span / Math.max(1, maxBins)));
  const count = Math.ceil(span / width);
  const bins: TimelineBin[] = Array.from({ length: count }, (_, i) => ({
    from: toDay(toMs(first) + i * width * MS_DAY),
    to: toDay(Math.min(toMs(last), toMs(first) + ((i + 1) * width - 1) * MS_DAY)),
    count: 0,
  }));
  for (const day of days) {
    const index = Math.floor(Math.round((toMs(day) - toMs(first)) / MS_DAY) / width);
    (bins[index] as TimelineBin).count++;
  }
  return { bins, undated, first, last };
}

export function inWindow(day: string, window: TimeWindow): boolean {
  return day >= window.from && day <= window.to;
}

/**
 * The graph as the window shows it: claims and articles dated outside the window (or undated) are
 * hidden; people and organizations stay. Derived, never stored, so undo and "show all" are untouched.
 */
export function applyWindow(state: GraphState, window: TimeWindow | null): GraphState {
  if (!window) return state;
  const outside: string[] = [];
  for (const node of Object.values(state.nodes)) {
    if (node.label !== "Claim" && node.label !== "Article") continue;
    const day = dateOf(node);
    if (!day || !inWindow(day, window)) outside.push(node.id);
  }
  if (outside.length === 0) return state;
  const hidden = new Set(state.hidden);
  for (const id of outside) hidden.add(id);
  return { ...state, hidden: [...hidden] };
}

/** The window covering bins `a`..`b` (in any order) of a timeline. */
export function windowOfBins(timeline: Timeline, a: number, b: number): TimeWindow | null {
  const lo = timeline.bins[Math.max(0, Math.min(a, b))];
  const hi = timeline.bins[Math.min(timeline.bins.length - 1, Math.max(a, b))];
  return lo && hi ? { from: lo.from, to: hi.to } : null;
}

/** How many dated claims fall inside the window. */
export function countInWindow(nodes: Iterable<GraphNode>, window: TimeWindow): number {
  let n = 0;
  for (const node of nodes) {
    const day = node.label === "Claim" ? dateOf(node) : null;
    if (day && inWindow(day, window)) n++;
  }
  return n;
}

/** The first and last bin a window covers ([-1, -1] when none). */
export function binsOf(timeline: Timeline, window: TimeWindow): [number, number] {
  const lo = timeline.bins.findIndex((b) => b.to >= window.from);
  let hi = -1;
  timeline.bins.forEach((b, i) => {
    if (b.from <= window.to) hi = i;
  });
  return lo < 0 || hi < lo ? [-1, -1] : [lo, hi];
}

/**
 * The window after a key on the timeline slider: arrows move a window of one bin (from no window,
 * Right starts at the first bin and Left at the last), Shift+arrows widen or narrow it at its end,
 * Home/End jump to the first/last bin, Escape shows all dates (null). Undefined: not a slider key.
 */
export function keyWindow(
  timeline: Timeline,
  window: TimeWindow | null,
  key: string,
  shift: boolean,
): TimeWindow | null | undefined {
  const last = timeline.bins.length - 1;
  if (last < 0) return undefined;
  if (key === "Escape") return null;
  const [lo, hi] = window ? binsOf(timeline, window) : [-1, -1];
  const has = lo >= 0;
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  switch (key) {
    case "ArrowRight":
    case "ArrowUp":
      if (!has) return windowOfBins(timeline, 0, 0);
      return shift ? windowOfBins(timeline, lo, clamp(hi + 1)) : windowOfBins(timeline, clamp(lo + 1), clamp(lo + 1));
    case "ArrowLeft":
    case "ArrowDown":
      if (!has) return windowOfBins(timeline, last, last);
      return shift
        ? windowOfBins(timeline, lo, Math.max(lo, hi - 1))
        : windowOfBins(timeline, clamp(lo - 1), clamp(lo - 1));
    case "Home":
      return shift && has ? windowOfBins(timeline, 0, hi) : windowOfBins(timeline, 0, 0);
    case "End":
      return shift && has ? windowOfBins(timeline, lo, last) : windowOfBins(timeline, last, last);
    default:
      return undefined;
  }
}
