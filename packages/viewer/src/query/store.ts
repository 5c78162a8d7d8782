/** The Cypher editor's state: text, history, the last result or error (with its position). */

import type { CypherResponse } from "../../shared/api/contract.js";
import { ApiClientError, api, messageOf } from "../api/client.js";
import { createStore } from "../store/create-store.js";
import { parseHistory, remember } from "./history.js";
import { applyParamCommand, ParamError, type Params, parseParamCommand } from "./params.js";

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
  /** `:param` values, sent with every query as its parameters. */
  params: Params;
  /** What the last `:param` command did. */
  notice: string | null;
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
  params: {},
  notice: null,
});

/** The request in flight, so Cancel can abort it (the server then stops the query in Neo4j). */
let inFlight: AbortController | null = null;

export const queryActions = {
  cancel() {
    inFlight?.abort();
  },
  setText: (text: string) => queryStore.set((s) => ({ ...s, text })),
  async run(limit = 1000): Promise<CypherResponse | null> {
    const { text, params } = queryStore.get();
    let command: ReturnType<typeof parseParamCommand>;
    try {
      command = parseParamCommand(text);
    } catch (error) {
      if (!(error instanceof ParamError)) throw error;
      queryStore.set((s) => ({ ...s, notice: null, error: { message: error.message } }));
      return null;
    }
    if (command) {
      const next = applyParamCommand(params, command);
      const notice =
        command.kind === "set"
          ? `$${command.name} = ${JSON.stringify(command.value)}`
          : command.kind === "unset"
            ? `$${command.name} removed`
            : command.kind === "clear"
              ? "parameters cleared"
              : Object.keys(next).length === 0
                ? "no parameters set"
                : `parameters: ${JSON.stringify(next)}`;
      queryStore.set((s) => ({ ...s, params: next, notice, error: null }));
      return null;
    }
    const history = remember(queryStore.get().history, text);
    try {
      globalThis.localStorage?.setItem(HISTORY_KEY, JSON.stringify(history));
    } catch {
      // Private mode or a full quota: history just is not kept across reloads.
    }
    queryStore.set((s) => ({ ...s, history, running: true, error: null, notice: null }));
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    try {
      const result = await api.cypher({ query: text, params, limit }, controller.signal);
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
