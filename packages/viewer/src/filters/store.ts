import { createStore } from "../store/create-store.js";
import { type ColourBy, defaultFilters, type FilterState, type SizeBy, toggle } from "./model.js";

export const filterStore = createStore<FilterState>(defaultFilters());

export const filterActions = {
  toggleLabel: (label: string) => filterStore.set((s) => ({ ...s, hiddenLabels: toggle(s.hiddenLabels, label) })),
  toggleKind: (kind: string) => filterStore.set((s) => ({ ...s, hiddenKinds: toggle(s.hiddenKinds, kind) })),
  toggleOutlet: (outlet: string) => filterStore.set((s) => ({ ...s, hiddenOutlets: toggle(s.hiddenOutlets, outlet) })),
  colourBy: (colourBy: ColourBy) => filterStore.set((s) => ({ ...s, colourBy })),
  sizeBy: (sizeBy: SizeBy) => filterStore.set((s) => ({ ...s, sizeBy })),
  reset: () => filterStore.set(defaultFilters()),
};
