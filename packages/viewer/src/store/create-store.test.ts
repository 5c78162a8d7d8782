import { describe, expect, it } from "vitest";
import { createStore } from "./create-store.js";

describe("createStore", () => {
  it("notifies on change only, and stops after unsubscribe", () => {
    const store = createStore({ n: 1 });
    const seen: number[] = [];
    const off = store.subscribe(() => seen.push(store.get().n));
    store.set((s) => ({ n: s.n + 1 }));
    store.set((s) => s);
    off();
    store.set({ n: 10 });
    expect(seen).toEqual([2]);
    expect(store.get().n).toBe(10);
  });
});
