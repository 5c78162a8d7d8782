/**
 * Sharing: take a snapshot of what is on screen (save → permalink, file, HTML, images, claims),
 * and open one (permalink, file) so the reader sees exactly what its author saw. The canvas is
 * reached through the small `SharingCanvas` interface the app hands over.
 */

import type { GraphNode } from "../../shared/api/contract.js";
import type { Renderer, Viewport } from "../../shared/snapshot/explorer-state.js";
import { describeProblems, restoreSnapshotText } from "../../shared/snapshot/restore.js";
import { type DataSource, MAX_SNAPSHOT_BYTES, type Snapshot, type Step } from "../../shared/snapshot/schema.js";
import { api, messageOf } from "../api/client.js";
import { detailsStore } from "../details/store.js";
import { toCsv } from "../export/csv.js";
import { download, fileNameFor } from "../export/download.js";
import { buildExportHtml } from "../export/html.js";
import { toClaimsJson } from "../export/json.js";
import { claimRows, claimSourceProps, lacksSource } from "../export/rows.js";
import { toSvg } from "../export/svg.js";
import { filterStore } from "../filters/store.js";
import { emptyGraph } from "../graph/model.js";
import { graphActions, graphStore } from "../graph/store.js";
import { type ViewElements, viewElements } from "../graph/view.js";
import { queryStore } from "../query/store.js";
import { notify } from "../status/store.js";
import { createStore } from "../store/create-store.js";
import { applyWindow } from "../timeline/model.js";
import { timelineStore } from "../timeline/store.js";
import { applySnapshot, captureSnapshot } from "./capture.js";
import { snapshotApi } from "./client.js";
import { recordSteps } from "./steps.js";

export interface SharingCanvas {
  viewport(): Viewport;
  setViewport(viewport: Viewport): void;
  /** The whole graph as a PNG at twice the screen scale, or null without a canvas. */
  png(): Blob | null;
}

export interface OpenedSnapshot {
  id: string | null;
  title: string;
  notes: string;
  createdAt: string;
  source: DataSource;
  /** The live graph's data when opened (null for a file opened offline). */
  live: DataSource | null;
  migratedFrom: number | null;
}

export interface SharingState {
  opened: OpenedSnapshot | null;
  busy: boolean;
  /** The last permalink saved from here (absolute URL). */
  permalink: string | null;
  /** What went wrong with the last open, import or save, in words for the user. */
  error: string | null;
}

export const sharingStore = createStore<SharingState>({ opened: null, busy: false, permalink: null, error: null });
export const stepsStore = createStore<Step[]>([]);

recordSteps(
  { graph: graphStore, filters: filterStore, details: detailsStore, query: queryStore, timeline: timelineStore },
  stepsStore,
);

/** What is drawn now: the graph through the time window and the filters. */
export function currentView(): ViewElements {
  return viewElements(applyWindow(graphStore.get(), timelineStore.get().window), filterStore.get());
}

/** The claims the reader sees: drawn claim nodes, or the claims folded into who → whom edges. */
export function claimsInView(): GraphNode[] {
  const { nodes } = graphStore.get();
  const view = currentView();
  const ids = new Set<string>();
  for (const n of view.nodes) if (nodes[n.id]?.label === "Claim") ids.add(n.id);
  for (const e of view.edges) for (const c of e.claims) ids.add(c);
  return [...ids].map((id) => nodes[id]).filter((n): n is GraphNode => n !== undefined);
}

/** Most claims located from the server for one export (the rest keep what the canvas knows). */
const MAX_LOCATE = 1_000;

/**
 * Gives claims that lack it (a Cypher result's bare claim node, say) their article and the quote's
 * offsets, from the claim's details, six requests at a time; kept on the canvas for later exports.
 * Offline (a snapshot file opened without its server) the claims stay as they are.
 */
export async function locateClaims(claims: Iterable<GraphNode>): Promise<void> {
  const missing = [...claims].filter(lacksSource).slice(0, MAX_LOCATE);
  const found: Record<string, Record<string, unknown>> = {};
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < missing.length) {
      const node = missing[next++] as GraphNode;
      try {
        found[node.id] = claimSourceProps(await api.claim(node.id));
      } catch {
        failed = true; // the server is gone or refuses: export what is known
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(6, missing.length) }, worker));
  if (Object.keys(found).length > 0) graphActions.mergeProps(found);
}

const allClaims = () => Object.values(graphStore.get().nodes).filter((n) => n.label === "Claim");

async function liveSource(): Promise<DataSource> {
  try {
    return await snapshotApi.source();
  } catch {
    // Offline or server gone: keep what the opened snapshot said, else "unknown".
    return sharingStore.get().opened?.source ?? { articles: 0, latestIngestedAt: null };
  }
}

async function take(canvas: SharingCanvas | null, renderer: Renderer, title: string, notes = ""): Promise<Snapshot> {
  return captureSnapshot({
    graph: graphStore.get(),
    filters: filterStore.get(),
    viewport: canvas?.viewport() ?? null,
    renderer,
    timeWindow: timelineStore.get().window,
    steps: stepsStore.get(),
    title,
    notes,
    source: await liveSource(),
    now: new Date(),
  });
}

const set = (patch: Partial<SharingState>) => sharingStore.set((s) => ({ ...s, ...patch }));

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Puts a snapshot on screen. The canvas is emptied first (a frame apart) so every node is drawn at
 * its saved position, then the saved viewport applies once the canvas has drawn the elements.
 */
async function show(
  snapshot: Snapshot,
  canvas: SharingCanvas | null,
  opened: OpenedSnapshot,
  onRenderer?: (r: Renderer) => void,
) {
  const applied = applySnapshot(snapshot);
  onRenderer?.(applied.renderer);
  graphStore.set(emptyGraph());
  await nextFrame();
  graphStore.set(applied.graph);
  performance.mark("snapshot:applied");
  filterStore.set(applied.filters);
  timelineStore.set({ window: applied.timeWindow });
  stepsStore.set(snapshot.steps);
  set({ opened, error: null, busy: false });
  const viewport = applied.viewport;
  if (viewport && canvas) {
    // Two frames: the canvas mirrors the new elements (and may fit them) before the saved view applies.
    await nextFrame();
    await nextFrame();
    canvas.setViewport(viewport);
  }
  // For the benchmark: when each phase of opening ended (performance.getEntriesByType("mark")).
  performance.mark("snapshot:shown");
}

const isSame = (a: DataSource, b: DataSource | null) =>
  !!b && a.articles === b.articles && a.latestIngestedAt === b.latestIngestedAt;

/** Whether the live graph holds other data than the snapshot was taken from. */
export function changedSince(opened: OpenedSnapshot): boolean {
  return opened.live !== null && !isSame(opened.source, opened.live);
}

export const sharingActions = {
  async save(canvas: SharingCanvas | null, renderer: Renderer, title: string, notes: string): Promise<string | null> {
    set({ busy: true, error: null });
    try {
      const snapshot = await take(canvas, renderer, title, notes);
      const saved = await snapshotApi.save(snapshot);
      const permalink = new URL(saved.permalink, window.location.origin).toString();
      set({ busy: false, permalink });
      return permalink;
    } catch (error) {
      set({ busy: false, error: `The snapshot was not saved: ${messageOf(error)}` });
      return null;
    }
  },

  async openById(id: string, canvas: SharingCanvas | null, onRenderer?: (r: Renderer) => void): Promise<boolean> {
    set({ busy: true, error: null });
    try {
      performance.mark("snapshot:open");
      const { snapshot, live } = await snapshotApi.load(id);
      performance.mark("snapshot:loaded");
      await show(snapshot, canvas, { id, ...meta(snapshot), live, migratedFrom: null }, onRenderer);
      return true;
    } catch (error) {
      set({ busy: false, error: `The snapshot could not be opened: ${messageOf(error)}` });
      return false;
    }
  },

  /** Opens a snapshot file: its size, JSON and schema are checked, and problems named precisely. */
  async importFile(file: File, canvas: SharingCanvas | null, onRenderer?: (r: Renderer) => void): Promise<boolean> {
    if (file.size > MAX_SNAPSHOT_BYTES) {
      set({
        error: describeProblems(file.name, [
          {
            path: "",
            message: `the file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a snapshot may be at most ${MAX_SNAPSHOT_BYTES / 1024 / 1024} MB`,
          },
        ]),
      });
      return false;
    }
    const restored = restoreSnapshotText(await file.text());
    if (!restored.ok) {
      set({ error: describeProblems(file.name, restored.problems) });
      return false;
    }
    const live = await snapshotApi.source().catch(() => null);
    await show(
      restored.snapshot,
      canvas,
      { id: null, ...meta(restored.snapshot), live, migratedFrom: restored.migratedFrom },
      onRenderer,
    );
    return true;
  },

  /**
   * Deletes the snapshot on screen from the server (only its link can): the link stops opening,
   * the picture stays, and exploring continues live.
   */
  async deleteOpened(): Promise<boolean> {
    const id = sharingStore.get().opened?.id;
    if (!id) return false;
    set({ busy: true, error: null });
    try {
      await snapshotApi.remove(id);
      set({ busy: false, opened: null, permalink: null });
      if (window.location.pathname.startsWith("/s/")) window.history.replaceState(null, "", "/");
      notify({ kind: "info", text: "The snapshot was deleted: its link no longer opens anything." });
      return true;
    } catch (error) {
      set({ busy: false, error: `The snapshot was not deleted: ${messageOf(error)}` });
      return false;
    }
  },

  /** Keeps everything on screen and stops presenting it as a snapshot: exploring continues live. */
  continueLive: () => set({ opened: null }),
  dismissError: () => set({ error: null }),

  async exportFile(canvas: SharingCanvas | null, renderer: Renderer, title: string, notes = "") {
    await locateClaims(allClaims());
    const snapshot = await take(canvas, renderer, title, notes);
    download(fileNameFor(title, "claimgraph.json"), `${JSON.stringify(snapshot, null, 1)}\n`, "application/json");
  },

  async exportHtml(canvas: SharingCanvas | null, renderer: Renderer, title: string, notes = "") {
    try {
      await locateClaims(allClaims());
      const [snapshot, script] = await Promise.all([take(canvas, renderer, title, notes), snapshotApi.viewerScript()]);
      download(fileNameFor(title, "html"), buildExportHtml(snapshot, script), "text/html");
    } catch (error) {
      notify({ kind: "error", text: messageOf(error) });
    }
  },

  exportPng(canvas: SharingCanvas | null, title: string) {
    const png = canvas?.png();
    if (png) download(fileNameFor(title, "png"), png, "image/png");
    else notify({ kind: "warning", text: "Nothing to draw: the canvas is empty." });
  },

  exportSvg(title: string) {
    const { nodes, edges } = currentView();
    download(fileNameFor(title, "svg"), toSvg({ nodes, edges, title }), "image/svg+xml");
  },

  async exportCsv(title: string) {
    await locateClaims(claimsInView());
    const { nodes, edges } = graphStore.get();
    download(
      fileNameFor(title, "csv"),
      `\uFEFF${toCsv(claimRows(claimsInView(), nodes, Object.values(edges)))}`,
      "text/csv",
    );
  },

  async exportJson(title: string) {
    await locateClaims(claimsInView());
    const { nodes, edges } = graphStore.get();
    const rows = claimRows(claimsInView(), nodes, Object.values(edges));
    download(fileNameFor(title, "claims.json"), toClaimsJson(rows, title, new Date()), "application/json");
  },
};

function meta(snapshot: Snapshot) {
  return { title: snapshot.title, notes: snapshot.notes, createdAt: snapshot.createdAt, source: snapshot.source };
}
