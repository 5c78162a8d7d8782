import { graphActions, graphStore } from "../graph/store.js";
import { selectionStore } from "../selection/store.js";
import { useStore } from "../store/use-store.js";

export interface SelectionBarProps {
  /** Shortest path between the first two selected nodes (shown when exactly two are selected). */
  onPath?(from: string, to: string): void;
}

/** Actions on the selected nodes: hide them (Delete), dismiss the others, a path between two. */
export function SelectionBar({ onPath }: SelectionBarProps) {
  const { ids } = useStore(selectionStore);
  const nodes = useStore(graphStore, (s) => s.nodes);
  const selected = ids.filter((id) => nodes[id]);
  if (selected.length === 0) return null;
  const others = () => Object.keys(nodes).filter((id) => !selected.includes(id));
  return (
    <div className="selection-bar" role="toolbar" aria-label="Selected nodes" data-testid="selection-bar">
      <span>{selected.length} selected</span>
      <button type="button" data-testid="selection-hide" onClick={() => graphActions.hide(selected)}>
        Hide (Delete)
      </button>
      <button type="button" data-testid="selection-dismiss-others" onClick={() => graphActions.hide(others())}>
        Dismiss others
      </button>
      {selected.length === 2 && onPath && (
        <button
          type="button"
          data-testid="selection-path"
          onClick={() => onPath(selected[0] as string, selected[1] as string)}
        >
          Shortest path
        </button>
      )}
    </div>
  );
}
