import { type ReactNode, useMemo, useState } from "react";
import type { GraphNode } from "../../shared/api/contract.js";
import { type FilterState, type LegendEntry, labelColour, legendOf } from "../filters/model.js";
import { filterActions, filterStore } from "../filters/store.js";
import type { ViewMode } from "../graph/model.js";
import { colourFor, KIND_COLOURS } from "../graph/palette.js";
import { outletColoursOf } from "../graph/view.js";
import { useStore } from "../store/use-store.js";
import { StylePanel } from "./StylePanel.js";
import { ToggleButton } from "./ToggleButton.js";
import { WhoWidthKey } from "./WhoWidthKey.js";

const SHAPE_CLASS: Record<string, string> = { Person: "circle", Organization: "hex", Claim: "diamond", Article: "tag" };

/** Node types the who → whom view draws (claims are folded into its edges). */
const WHO_LABELS = new Set(["Person", "Organization"]);

/**
 * The legend doubles as a filter: click an entry to hide or show it. In the who → whom view it lists
 * what that view draws: people and organizations, the edge-width key and the outlets whose claims
 * are counted (no claim kinds, no Claim type: turning that off used to remove every edge).
 */
export function Legend({ nodes, info, view = "full" }: { nodes: GraphNode[]; info?: ReactNode; view?: ViewMode }) {
  const filters = useStore(filterStore);
  const who = view === "who";
  const [styling, setStyling] = useState(false);
  const legend = useMemo(() => {
    const all = legendOf(nodes);
    return who ? { ...all, labels: all.labels.filter((e) => WHO_LABELS.has(e.value)), kinds: [] } : all;
  }, [nodes, who]);
  const outlets = useMemo(() => outletColoursOf(nodes), [nodes]);
  return (
    <div className="legend" data-testid="legend">
      <div className="legend-group">
        {legend.labels.map((e) => (
          <Entry key={e.value} group="labels" entry={e} filters={filters} outlets={outlets} />
        ))}
      </div>
      {who && <WhoWidthKey />}
      {legend.kinds.length > 0 && (
        <div className="legend-group">
          <span className="legend-title">Claims</span>
          {legend.kinds.map((e) => (
            <Entry key={e.value} group="kinds" entry={e} filters={filters} outlets={outlets} />
          ))}
        </div>
      )}
      {legend.outlets.length > 0 && (
        <div className="legend-group">
          <span className="legend-title">{who ? "Claims from" : "Outlets"}</span>
          {legend.outlets.slice(0, 8).map((e) => (
            <Entry key={e.value} group="outlets" entry={e} filters={filters} outlets={outlets} />
          ))}
          {legend.outlets.length > 8 && <span className="legend-more">+{legend.outlets.length - 8} more</span>}
        </div>
      )}
      <div className="legend-group legend-style">
        <label>
          Colour
          <select value={filters.colourBy} onChange={(e) => filterActions.colourBy(e.target.value as "type")}>
            <option value="type">by type</option>
            {!who && <option value="kind">by claim kind</option>}
            {!who && <option value="outlet">by outlet</option>}
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
        <ToggleButton on={styling} onChange={setStyling} kind="disclosure" className="btn small" testId="style-open">
          Style…
        </ToggleButton>
      </div>
      {styling && (
        <StylePanel
          labels={legend.labels.map((e) => e.value)}
          nodes={nodes}
          filters={filters}
          onClose={() => setStyling(false)}
        />
      )}
      {info}
    </div>
  );
}

/** How each group's entries look and which filter they switch: node types, claim kinds, outlets. */
const GROUPS: Record<
  "labels" | "kinds" | "outlets",
  {
    hidden(filters: FilterState): string[];
    toggle(value: string): void;
    swatch(value: string): string;
    colour(value: string, filters: FilterState, outlets: ReadonlyMap<string, string>): string;
    title?(value: string): string;
  }
> = {
  labels: {
    hidden: (f) => f.hiddenLabels,
    toggle: filterActions.toggleLabel,
    swatch: (v) => `swatch ${SHAPE_CLASS[v] ?? ""}`,
    colour: (v, f) => labelColour(v, f),
    title: (v) => `Show or hide ${v} nodes`,
  },
  kinds: {
    hidden: (f) => f.hiddenKinds,
    toggle: filterActions.toggleKind,
    swatch: () => "swatch diamond",
    colour: (v) => KIND_COLOURS[v] ?? colourFor(v),
  },
  outlets: {
    hidden: (f) => f.hiddenOutlets,
    toggle: filterActions.toggleOutlet,
    swatch: () => "swatch",
    colour: (v, _f, outlets) => outlets.get(v) ?? colourFor(v),
  },
};

/** One legend entry: a button that hides or shows what it stands for, with its swatch and count. */
function Entry({
  group,
  entry,
  filters,
  outlets,
}: {
  group: keyof typeof GROUPS;
  entry: LegendEntry;
  filters: FilterState;
  outlets: ReadonlyMap<string, string>;
}) {
  const g = GROUPS[group];
  const { value } = entry;
  return (
    <button
      type="button"
      className={g.hidden(filters).includes(value) ? "off" : ""}
      onClick={() => g.toggle(value)}
      title={g.title?.(value)}
    >
      <i className={g.swatch(value)} style={{ background: g.colour(value, filters, outlets) }} />
      {value} <span className="count">{entry.count}</span>
    </button>
  );
}
