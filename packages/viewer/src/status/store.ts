/** One line of status for the user: what was truncated, what failed, with an optional action. */
import { createStore } from "../store/create-store.js";

export interface Notice {
  kind: "info" | "warning" | "error";
  text: string;
  action?: { label: string; run: () => void };
}

export const statusStore = createStore<{ notice: Notice | null; seq: number }>({ notice: null, seq: 0 });

export function notify(notice: Notice | null): void {
  statusStore.set((s) => ({ notice, seq: s.seq + 1 }));
}
