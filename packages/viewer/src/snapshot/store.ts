/**
 * Sharing's state: the snapshot on screen (if any), the last permalink, what went wrong, and the
 * exploration steps recorded for the next snapshot. Plain stores; what changes them is in
 * actions.ts (save, open, import, delete) and exports.ts (files and images).
 */

import type { Viewport } from "../../shared/snapshot/explorer-state.js";
import type { DataSource, Step } from "../../shared/snapshot/schema.js";
import { detailsStore } from "../details/store.js";
import { filterStore } from "../filters/store.js";
import { graphStore } from "../graph/store.js";
import { queryStore } from "../query/store.js";
import { createStore } from "../store/create-store.js";
import { timelineStore } from "../timeline/store.js";
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

export const setSharing = (patch: Partial<SharingState>) => sharingStore.set((s) => ({ ...s, ...patch }));

/** Records exploration steps from the app's stores into stepsStore, from now on; main.tsx calls it once. */
export function startRecordingSteps(): () => void {
  return recordSteps(
    { graph: graphStore, filters: filterStore, details: detailsStore, query: queryStore, timeline: timelineStore },
    stepsStore,
  );
}

const isSame = (a: DataSource, b: DataSource | null) =>
  !!b && a.articles === b.articles && a.latestIngestedAt === b.latestIngestedAt;

/** Whether the live graph holds other data than the snapshot was taken from. */
export function changedSince(opened: OpenedSnapshot): boolean {
  return opened.live !== null && !isSame(opened.source, opened.live);
}
