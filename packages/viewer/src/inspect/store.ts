/** What the property inspector shows: the node or edge last clicked on the canvas (by id). */
import { createStore } from "../store/create-store.js";

export const inspectStore = createStore<{ id: string | null }>({ id: null });

export const inspectActions = {
  show: (id: string | null) => inspectStore.set({ id }),
};
