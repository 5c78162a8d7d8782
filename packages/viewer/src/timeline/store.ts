/** The timeline's window (null: all dates). Part of every snapshot. */
import type { TimeWindow } from "../../shared/snapshot/schema.js";
import { createStore } from "../store/create-store.js";

export const timelineStore = createStore<{ window: TimeWindow | null }>({ window: null });

export const timelineActions = {
  setWindow: (window: TimeWindow | null) =>
    timelineStore.set((s) => (s.window?.from === window?.from && s.window?.to === window?.to ? s : { window })),
  clear: () => timelineStore.set((s) => (s.window ? { window: null } : s)),
};
