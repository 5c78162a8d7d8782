/**
 * Sharing's actions: take a snapshot of what is on screen and save it (→ permalink), open one
 * (permalink, file) so the reader sees exactly what its author saw, delete it. The canvas is reached
 * through the small `SharingCanvas` interface the app hands over.
 */
import type { Renderer } from "../../shared/snapshot/explorer-state.js";
import { describeProblems, restoreSnapshotText } from "../../shared/snapshot/restore.js";
import { type DataSource, MAX_SNAPSHOT_BYTES, type Snapshot } from "../../shared/snapshot/schema.js";
import { messageOf } from "../api/client.js";
import { filterStore } from "../filters/store.js";
import { emptyGraph } from "../graph/model.js";
import { graphStore } from "../graph/store.js";
import { pathStore } from "../paths/store.js";
import { notify } from "../status/store.js";
import { timelineStore } from "../timeline/store.js";
import { applySnapshot, captureSnapshot } from "./capture.js";
import { snapshotApi } from "./client.js";
import { type OpenedSnapshot, type SharingCanvas, setSharing as set, sharingStore, stepsStore } from "./store.js";

async function liveSource(): Promise<DataSource> {
  try {
    return await snapshotApi.source();
  } catch {
    // Offline or server gone: keep what the opened snapshot said, else "unknown".
    return sharingStore.get().opened?.source ?? { articles: 0, latestIngestedAt: null };
  }
}

/** The snapshot of what is on screen now. */
export async function take(
  canvas: SharingCanvas | null,
  renderer: Renderer,
  title: string,
  notes = "",
): Promise<Snapshot> {
  return captureSnapshot({
    graph: graphStore.get(),
    filters: filterStore.get(),
    viewport: canvas?.viewport() ?? null,
    renderer,
    path: pathStore.get().ids,
    timeWindow: timelineStore.get().window,
    steps: stepsStore.get(),
    title,
    notes,
    source: await liveSource(),
    now: new Date(),
  });
}

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
  pathStore.set({ ids: applied.path, length: applied.path.length > 0 ? (applied.path.length - 1) / 2 : null });
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
};

function meta(snapshot: Snapshot) {
  return { title: snapshot.title, notes: snapshot.notes, createdAt: snapshot.createdAt, source: snapshot.source };
}
