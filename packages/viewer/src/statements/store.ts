/**
 * The Statements view's state: which ranking is shown and its answer, and opening a statement on the
 * canvas (its reports with their speakers and targets, and the disputes at them).
 */
import type { StatementRanking, StatementsResponse } from "../../shared/statements/contract.js";
import { messageOf } from "../api/client.js";
import { graphActions } from "../graph/store.js";
import { notify } from "../status/store.js";
import { createStore } from "../store/create-store.js";
import { statementsApi } from "./client.js";

export interface StatementsState {
  by: StatementRanking;
  result: StatementsResponse | null;
  status: "idle" | "loading" | "done" | "error";
  error: string | null;
}

export const statementsStore = createStore<StatementsState>({
  by: "repeated",
  result: null,
  status: "idle",
  error: null,
});

let latest = 0;

export const statementsActions = {
  /** Loads a ranking (the latest request wins). */
  async rank(by: StatementRanking): Promise<void> {
    const seq = ++latest;
    statementsStore.set({ by, result: null, status: "loading", error: null });
    try {
      const result = await statementsApi.rank(by);
      if (seq === latest) statementsStore.set({ by, result, status: "done", error: null });
    } catch (error) {
      if (seq === latest) statementsStore.set({ by, result: null, status: "error", error: messageOf(error) });
    }
  },

  /**
   * Draws a statement's reports (first report first) with their speakers, targets and disputes on
   * the canvas, and gives back the first report's claim id (null on failure, which is notified).
   */
  async open(id: string): Promise<string | null> {
    try {
      const answer = await statementsApi.graph(id);
      graphActions.add(answer.graph);
      if (answer.truncated) {
        notify({
          kind: "warning",
          text: `Showing the first ${answer.returned} of the statement's ${answer.reports} reports.`,
        });
      }
      return answer.firstClaimId || null;
    } catch (error) {
      notify({ kind: "error", text: messageOf(error) });
      return null;
    }
  },
};
