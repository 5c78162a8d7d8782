import { useSyncExternalStore } from "react";
import type { Store } from "./create-store.js";

/** Subscribes a component to a store (or a slice of it: the selector must return stable values). */
export function useStore<S, T = S>(store: Store<S>, select: (state: S) => T = (s) => s as unknown as T): T {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.get()),
    () => select(store.get()),
  );
}
