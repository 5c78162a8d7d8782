/** The nodes selected on the canvas (click, Shift+click, Shift+drag a box), in selection order. */
import { createStore } from "../store/create-store.js";

export const selectionStore = createStore<{ ids: string[] }>({ ids: [] });

export const selectionActions = {
  set: (ids: string[]) => {
    const before = selectionStore.get().ids;
    // Keep the order nodes were selected in (the first two are a shortest path's ends).
    const kept = before.filter((id) => ids.includes(id));
    const next = [...kept, ...ids.filter((id) => !kept.includes(id))];
    if (next.length !== before.length || next.some((id, i) => id !== before[i])) selectionStore.set({ ids: next });
  },
};
