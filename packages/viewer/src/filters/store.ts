import { createStore } from "../store/create-store.js";
import { type ColourBy, defaultFilters, type FilterState, type LabelStyle, type SizeBy, toggle } from "./model.js";

export const filterStore = createStore<FilterState>(defaultFilters());

export const filterActions = {
  toggleLabel: (label: string) => filterStore.set((s) => ({ ...s, hiddenLabels: toggle(s.hiddenLabels, label) })),
  toggleKind: (kind: string) => filterStore.set((s) => ({ ...s, hiddenKinds: toggle(s.hiddenKinds, kind) })),
  toggleOutlet: (outlet: string) => filterStore.set((s) => ({ ...s, hiddenOutlets: toggle(s.hiddenOutlets, outlet) })),
  colourBy: (colourBy: ColourBy) => filterStore.set((s) => ({ ...s, colourBy })),
  sizeBy: (sizeBy: SizeBy) => filterStore.set((s) => ({ ...s, sizeBy })),
  /** Sets part of a label's style; `undefined` in the patch takes that part back to the default. */
  styleLabel: (label: string, patch: LabelStyle) =>
    filterStore.set((s) => {
      const next: LabelStyle = { ...s.labelStyles[label], ...patch };
      for (const key of Object.keys(next) as (keyof LabelStyle)[]) if (next[key] === undefined) delete next[key];
      const labelStyles = { ...s.labelStyles };
      if (Object.keys(next).length > 0) labelStyles[label] = next;
      else delete labelStyles[label];
      return { ...s, labelStyles };
    }),
  reset: () => filterStore.set(defaultFilters()),
};
