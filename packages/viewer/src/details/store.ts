/** The side panel's subject: an entity, a claim, or a who-about-whom edge (its claims). */

import type { ClaimResponse, EntityResponse } from "../../shared/api/contract.js";
import { api, messageOf } from "../api/client.js";
import { graphActions } from "../graph/store.js";
import { createStore } from "../store/create-store.js";

export type Selection =
  | { kind: "entity"; id: string }
  | { kind: "claim"; id: string }
  | { kind: "edge"; source: string; target: string; claims: string[] };

export interface DetailsState {
  selection: Selection | null;
  entity: EntityResponse | null;
  claim: ClaimResponse | null;
  status: "idle" | "loading" | "done" | "error";
  error: string | null;
}

const empty: DetailsState = { selection: null, entity: null, claim: null, status: "idle", error: null };
export const detailsStore = createStore<DetailsState>(empty);

let latest = 0;

/** Fetches the subject once; gives back what it fetched (null on error, which the panel shows). */
async function load<T>(
  selection: Selection,
  fetcher: () => Promise<T>,
  put: (value: T) => Partial<DetailsState>,
): Promise<{ value: T } | { error: string }> {
  const seq = ++latest;
  detailsStore.set({ ...empty, selection, status: "loading" });
  try {
    const value = await fetcher();
    if (seq === latest) detailsStore.set({ ...empty, selection, status: "done", ...put(value) });
    return { value };
  } catch (error) {
    if (seq === latest) detailsStore.set({ ...empty, selection, status: "error", error: messageOf(error) });
    return { error: messageOf(error) };
  }
}

export const detailsActions = {
  openEntity: (id: string) =>
    load(
      { kind: "entity", id },
      async () => {
        const entity = await api.entity(id);
        // A former id (an older snapshot's node, a link) is answered for the node it became: the
        // canvas node takes the current id, so that node's next answers land on it, not beside it.
        graphActions.rename(id, entity.node.id);
        return entity;
      },
      (entity) => ({ entity }),
    ),
  openClaim: (id: string) =>
    load(
      { kind: "claim", id },
      () => api.claim(id),
      (claim) => ({ claim }),
    ),
  openEdge: (source: string, target: string, claims: string[]) => {
    latest++;
    detailsStore.set({ ...empty, selection: { kind: "edge", source, target, claims }, status: "done" });
  },
  close: () => {
    latest++;
    detailsStore.set(empty);
  },
};
