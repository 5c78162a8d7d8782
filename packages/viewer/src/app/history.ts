/**
 * Back and Forward inside the explorer: every subject opened in the side panel (an entity, a claim,
 * a who → whom edge) becomes an entry of the browser's history for this same page, so Back returns
 * to the previous subject instead of leaving the app; Back past the first one leaves as usual.
 */
import { detailsStore, type Selection } from "../details/store.js";

const KEY = "claimgraphPanel";

/** A stable key per subject (the same subject opened twice in a row is one entry). */
export function selectionKey(selection: Selection | null): string {
  if (!selection) return "";
  return selection.kind === "edge"
    ? `edge:${selection.source}->${selection.target}`
    : `${selection.kind}:${selection.id}`;
}

interface PanelEntry {
  [KEY]: Selection | null;
}

const entryOf = (state: unknown): Selection | null | undefined =>
  state && typeof state === "object" && KEY in state ? (state as PanelEntry)[KEY] : undefined;

/** Starts recording panel subjects as history entries; returns the function that stops it. */
export function bindPanelHistory(options: { reopen(selection: Selection | null): void }): () => void {
  let shown = selectionKey(detailsStore.get().selection);
  let restoring = false;
  // The entry the page was opened on stands for "nothing opened yet" (keep what others stored there).
  if (entryOf(window.history.state) === undefined) {
    window.history.replaceState({ ...(window.history.state ?? {}), [KEY]: null }, "");
  }
  const unsubscribe = detailsStore.subscribe(() => {
    const selection = detailsStore.get().selection;
    const key = selectionKey(selection);
    if (key === shown) return;
    shown = key;
    if (restoring || !selection) return;
    window.history.pushState({ [KEY]: selection } satisfies PanelEntry, "");
  });
  const onPop = (event: PopStateEvent) => {
    const selection = entryOf(event.state);
    if (selection === undefined) return;
    restoring = true;
    try {
      options.reopen(selection);
    } finally {
      restoring = false;
    }
  };
  window.addEventListener("popstate", onPop);
  return () => {
    unsubscribe();
    window.removeEventListener("popstate", onPop);
  };
}
