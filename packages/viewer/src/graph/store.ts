/** The graph store: the pure reducers bound to one store, plus the API calls that feed it. */

import type { ExpandableType, GraphPayload } from "../../shared/api/contract.js";
import { api } from "../api/client.js";
import { notify } from "../status/store.js";
import { createStore } from "../store/create-store.js";
import { emptyGraph, type Position, type ViewMode } from "./model.js";
import * as r from "./reducers.js";

export const graphStore = createStore(emptyGraph());

let prefetched: ReturnType<typeof api.overview> | null = null;

/** Starts the overview request before React renders (main.tsx), so it overlaps with page start-up. */
export function prefetchOverview(): void {
  prefetched = api.overview();
  prefetched.catch(() => {});
}

export const graphActions = {
  add: (payload: GraphPayload) => graphStore.set((s) => r.addGraph(s, payload)),
  replace: (payload: GraphPayload) => graphStore.set((s) => r.replaceGraph(s, payload)),
  hide: (ids: string[]) => graphStore.set((s) => r.hideNodes(s, ids)),
  remove: (ids: string[]) => graphStore.set((s) => r.removeNodes(s, ids)),
  showAll: () => graphStore.set((s) => r.showAll(s)),
  togglePin: (id: string) => graphStore.set((s) => r.togglePin(s, id)),
  undo: () => graphStore.set((s) => r.undo(s)),
  redo: () => graphStore.set((s) => r.redo(s)),
  setView: (view: ViewMode) => graphStore.set((s) => r.setView(s, view)),
  focus: (id: string | null) => graphStore.set((s) => r.setFocus(s, id)),
  positions: (positions: Record<string, Position>) => graphStore.set((s) => r.setPositions(s, positions)),
  mergeProps: (props: Record<string, Record<string, unknown>>) => graphStore.set((s) => r.mergeNodeProps(s, props)),
  /** The server answered `from` (a former id) for the node `to`: the canvas node takes the current id. */
  rename: (from: string, to: string) => graphStore.set((s) => r.renameNode(s, from, to)),

  /** Fetches one page of neighbours and adds it; says so when more remain. */
  async expand(id: string, type?: ExpandableType, direction?: "out" | "in", limit = 100, skip = 0) {
    try {
      const result = await api.expand({
        id,
        ...(type ? { type } : {}),
        ...(direction ? { direction } : {}),
        limit,
        skip,
      });
      // A node from an older snapshot or link may have another id now: it takes it before its neighbours arrive.
      graphActions.rename(id, result.id);
      graphActions.add(result.graph);
      if (result.truncated) {
        const shown = skip + result.returned;
        notify({
          kind: "warning",
          text: `Showing ${shown} of ${result.total} ${type ?? ""} neighbours.`,
          action: {
            label: `Load ${Math.min(limit, result.total - shown)} more`,
            run: () => graphActions.expand(result.id, type, direction, limit, shown),
          },
        });
      }
      return result;
    } catch (error) {
      notify({ kind: "error", text: error instanceof Error ? error.message : String(error) });
      return null;
    }
  },

  async overview() {
    try {
      const pending = prefetched ?? api.overview();
      prefetched = null;
      const result = await pending;
      graphActions.replace(result.graph);
      if (result.truncated) {
        notify({
          kind: "warning",
          text: "The overview shows the first 150 claims between the top speakers and targets. Expand a node to see more.",
        });
      }
      return result;
    } catch (error) {
      notify({ kind: "error", text: error instanceof Error ? error.message : String(error) });
      return null;
    }
  },
};
