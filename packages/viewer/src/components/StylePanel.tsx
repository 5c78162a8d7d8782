import { useMemo } from "react";
import type { GraphNode } from "../../shared/api/contract.js";
import { captionKeys, type FilterState, LABEL_SCALES, labelColour } from "../filters/model.js";
import { filterActions } from "../filters/store.js";

const SCALE_NAMES: Record<number, string> = { 0.6: "small", 1: "normal", 1.5: "large", 2: "huge" };

/**
 * The style panel (Neo4j Browser's, per label): a colour, a size and a caption property for each
 * type of node on the canvas. Plain state in the filters, so it travels in snapshots and undo.
 */
export function StylePanel({
  labels,
  nodes,
  filters,
  onClose,
}: {
  labels: readonly string[];
  nodes: readonly GraphNode[];
  filters: FilterState;
  onClose(): void;
}) {
  const keys = useMemo(() => new Map(labels.map((l) => [l, captionKeys(nodes, l)])), [labels, nodes]);
  return (
    <fieldset className="style-panel" data-testid="style-panel">
      <legend>Style per type</legend>
      {labels.map((label) => {
        const style = filters.labelStyles[label] ?? {};
        return (
          <div className="style-row" key={label} data-testid={`style-${label}`}>
            <span className="style-label">{label}</span>
            <label>
              <span className="visually-hidden">{label} colour</span>
              <input
                type="color"
                data-testid={`style-${label}-colour`}
                value={labelColour(label, filters)}
                onChange={(e) => filterActions.styleLabel(label, { colour: e.target.value })}
              />
            </label>
            <label>
              <span className="visually-hidden">{label} size</span>
              <select
                data-testid={`style-${label}-size`}
                value={String(style.scale ?? 1)}
                onChange={(e) => {
                  const scale = Number(e.target.value);
                  filterActions.styleLabel(label, { scale: scale === 1 ? undefined : scale });
                }}
              >
                {LABEL_SCALES.map((s) => (
                  <option key={s} value={String(s)}>
                    {SCALE_NAMES[s]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span className="visually-hidden">{label} caption</span>
              <select
                data-testid={`style-${label}-caption`}
                value={style.caption ?? ""}
                onChange={(e) => filterActions.styleLabel(label, { caption: e.target.value || undefined })}
              >
                <option value="">caption: name</option>
                {(keys.get(label) ?? []).map((k) => (
                  <option key={k} value={k}>
                    caption: {k}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="btn small"
              data-testid={`style-${label}-reset`}
              disabled={!filters.labelStyles[label]}
              onClick={() =>
                filterActions.styleLabel(label, { colour: undefined, scale: undefined, caption: undefined })
              }
            >
              Reset
            </button>
          </div>
        );
      })}
      <button type="button" className="btn small" onClick={onClose}>
        Done
      </button>
    </fieldset>
  );
}
