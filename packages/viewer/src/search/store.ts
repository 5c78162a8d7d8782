/** Type-ahead search: the latest answer wins, earlier ones arriving late are dropped. */

import type { SearchHit } from "../../shared/api/contract.js";
import { api, messageOf } from "../api/client.js";
import { createStore } from "../store/create-store.js";

export interface SearchState {
  query: string;
  hits: SearchHit[];
  truncated: boolean;
  status: "idle" | "loading" | "done" | "error";
  error: string | null;
}

export const searchStore = createStore<SearchState>({
  query: "",
  hits: [],
  truncated: false,
  status: "idle",
  error: null,
});

let latest = 0;

export async function runSearch(query: string): Promise<void> {
  const seq = ++latest;
  const q = query.trim();
  if (!q) {
    searchStore.set({ query, hits: [], truncated: false, status: "idle", error: null });
    return;
  }
  searchStore.set((s) => ({ ...s, query, status: "loading", error: null }));
  try {
    const result = await api.search(q);
    if (seq !== latest) return;
    searchStore.set({ query, hits: result.hits, truncated: result.truncated, status: "done", error: null });
  } catch (error) {
    if (seq !== latest) return;
    searchStore.set((s) => ({ ...s, status: "error", error: messageOf(error) }));
  }
}

export function clearSearch(): void {
  latest++;
  searchStore.set({ query: "", hits: [], truncated: false, status: "idle", error: null });
}
