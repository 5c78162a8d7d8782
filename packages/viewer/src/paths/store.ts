/**
 * The shortest path drawn on the canvas: its node and edge ids (the canvas marks them), and finding
 * one between two selected nodes (its elements are added to the graph, an undoable step).
 */
import type { PathScope } from "../../shared/paths/contract.js";
import { messageOf } from "../api/client.js";
import { graphActions, graphStore } from "../graph/store.js";
import { notify } from "../status/store.js";
import { createStore } from "../store/create-store.js";
import { pathApi } from "./client.js";

export interface PathState {
  /** Node and edge ids on the path, in order; empty when none is shown. */
  ids: string[];
  length: number | null;
}

export const pathStore = createStore<PathState>({ ids: [], length: null });

const nameOf = (id: string) => graphStore.get().nodes[id]?.name ?? id;

export const pathActions = {
  async find(from: string, to: string, scope: PathScope = "claims"): Promise<void> {
    try {
      const answer = await pathApi.shortest(from, to, scope);
      // Ends named by a former id (an older snapshot's nodes) take their current ids on the canvas.
      graphActions.rename(from, answer.from);
      graphActions.rename(to, answer.to);
      if (answer.length === null) {
        pathStore.set({ ids: [], length: null });
        notify({
          kind: "info",
          text: `No path of at most ${answer.max} steps between ${nameOf(answer.from)} and ${nameOf(answer.to)} through ${scope === "claims" ? "claims" : "claims and articles"}.`,
          ...(scope === "claims"
            ? {
                action: {
                  label: "Try through articles",
                  run: () => void pathActions.find(answer.from, answer.to, "articles"),
                },
              }
            : {}),
        });
        return;
      }
      graphActions.add(answer.graph);
      pathStore.set({ ids: [...answer.nodeIds, ...answer.edgeIds], length: answer.length });
      notify({
        kind: "info",
        text: `Shortest path from ${nameOf(answer.from)} to ${nameOf(answer.to)}: ${answer.length} ${answer.length === 1 ? "step" : "steps"}.`,
        action: { label: "Clear path", run: pathActions.clear },
      });
    } catch (error) {
      notify({ kind: "error", text: messageOf(error) });
    }
  },
  clear: () => pathStore.set({ ids: [], length: null }),
};
