import { type ReactNode, useMemo } from "react";
import type { GraphNode } from "../../shared/api/contract.js";
import { legendOf } from "../filters/model.js";
import { filterActions, filterStore } from "../filters/store.js";
import { colourFor, KIND_COLOURS, TYPE_COLOURS } from "../graph/palette.js";
import { useStore } from "../store/use-store.js";

const SHAPE_CLASS: Record<string, string> = { Person: "circle", Organization: "hex", Claim: "diamond", Article: "tag" };

/** The legend doubles as a filter: click an entry to hide or show it. */
export function Legend({ nodes, info }: { nodes: GraphNode[]; info?: ReactNode }) {
  const filters = useStore(filterStore);
  const legend = useMemo(() => legendOf(nodes), [nodes]);
  return (
    <div className="legend" data-testid="legend">
      <div className="legend-group">
        {legend.labels.map((e) => (
          <button
            type="button"
            key={e.value}
            className={filters.hiddenLabels.includes(e.value) ? "off" : ""}
            onClick={() => filterActions.toggleLabel(e.value)}
            title={`Show or hide ${e.value} nodes`}
          >
            <i className={`swatch ${SHAPE_CLASS[e.value] ?? ""}`} style={{ background: TYPE_COLOURS[e.value] }} />
            {e.value} <span className="count">{e.count}</span>
          </button>
        ))}
      </div>
      {legend.kinds.length > 0 && (
        <div className="legend-group">
          <span className="legend-title">Claims</span>
          {legend.kinds.map((e) => (
            <button
              type="button"
              key={e.value}
              className={filters.hiddenKinds.includes(e.value) ? "off" : ""}
              onClick={() => filterActions.toggleKind(e.value)}
            >
              <i className="swatch diamond" style={{ background: KIND_COLOURS[e.value] ?? colourFor(e.value) }} />
              {e.value} <span className="count">{e.count}</span>
            </button>
          ))}
        </div>
      )}
      {legend.outlets.length > 0 && (
        <div className="legend-group">
          <span className="legend-title">Outlets</span>
          {legend.outlets.slice(0, 8).map((e) => (
            <button
              type="button"
              key={e.value}
              className={filters.hiddenOutlets.includes(e.value) ? "off" : ""}
              onClick={() => filterActions.toggleOutlet(e.value)}
            >
              <i className="swatch" style={{ background: colourFor(e.value) }} />
              {e.value} <span className="count">{e.count}</span>
            </button>
          ))}
          {legend.outlets.length > 8 && <span className="legend-more">+{legend.outlets.length - 8} more</span>}
        </div>
      )}
      <div className="legend-group legend-style">
        <label>
          Colour
          <select value={filters.colourBy} onChange={(e) => filterActions.colourBy(e.target.value as "type")}>
            <option value="type">by type</option>
            <option value="kind">by claim kind</option>
            <option value="outlet">by outlet</option>
          </select>
        </label>
        <label>
          Size
          <select value={filters.sizeBy} onChange={(e) => filterActions.sizeBy(e.target.value as "none")}>
            <option value="claims">by claims</option>
            <option value="degree">by links shown</option>
            <option value="none">uniform</option>
          </select>
        </label>
      </div>
      {info}
    </div>
  );
}
