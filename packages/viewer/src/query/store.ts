/** The Cypher editor's state: text, history, the last result or error (with its position). */

import type { CypherResponse } from "../../shared/api/contract.js";
import { ApiClientError, api, messageOf } from "../api/client.js";
import { createStore } from "../store/create-store.js";
import { parseHistory, remember } from "./history.js";

const HISTORY_KEY = "claimgraph.cypherHistory";

export interface QueryError {
  message: string;
  position?: { line: number; column: number; offset: number };
}

export interface QueryState {
  text: string;
  history: string[];
  running: boolean;
  result: CypherResponse | null;
  error: QueryError | null;
}

function storedHistory(): string[] {
  try {
    return parseHistory(globalThis.localStorage?.getItem(HISTORY_KEY) ?? null);
  } catch {
    return [];
  }
}

export const queryStore = createStore<QueryState>({
  text: "MATCH (s)-[r:SAID]->(c:Claim)-[a:ABOUT]->(t)\nRETURN s, r, c, a, t LIMIT 50",
  history: storedHistory(),
  running: false,
  result: null,
  error: null,
});

/** The request in flight, so Cancel can abort it (the server then stops the query in Neo4j). */
let inFlight: AbortController | null = null;

export const queryActions = {
  cancel() {
    inFlight?.abort();
  },
  setText: (text: string) => queryStore.set((s) => ({ ...s, text })),
  async run(limit = 1000): Promise<CypherResponse | null> {
    const { text } = queryStore.get();
    const history = remember(queryStore.get().history, text);
    try {
      globalThis.localStorage?.setItem(HISTORY_KEY, JSON.stringify(history));
    } catch {
      // Private mode or a full quota: history just is not kept across reloads.
    }
    queryStore.set((s) => ({ ...s, history, running: true, error: null }));
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    try {
      const result = await api.cypher({ query: text, limit }, controller.signal);
      queryStore.set((s) => ({ ...s, running: false, result }));
      return result;
    } catch (error) {
      const position = error instanceof ApiClientError ? error.position : undefined;
      queryStore.set((s) => ({
        ...s,
        running: false,
        result: null,
        error: { message: messageOf(error), ...(position ? { position } : {}) },
      }));
      return null;
    } finally {
      if (inFlight === controller) inFlight = null;
    }
  },
};
