/** Legend filters and styling choices: plain data, part of a shareable snapshot. */
import type { GraphNode } from "../../shared/api/contract.js";
import { TYPE_COLOURS } from "../graph/palette.js";

export type ColourBy = "type" | "kind" | "outlet";
export type SizeBy = "none" | "claims" | "degree";

/**
 * A label's own style, as Neo4j Browser's style panel sets it: its colour (used when colouring by
 * type), its size (a factor on the computed size) and its caption (a property shown instead of the name).
 */
export interface LabelStyle {
  colour?: string;
  scale?: number;
  caption?: string;
}

/** The sizes the style panel offers, as factors. */
export const LABEL_SCALES = [0.6, 1, 1.5, 2] as const;

export interface FilterState {
  hiddenLabels: string[];
  hiddenKinds: string[];
  hiddenOutlets: string[];
  colourBy: ColourBy;
  sizeBy: SizeBy;
  labelStyles: Record<string, LabelStyle>;
}

export function defaultFilters(): FilterState {
  return {
    hiddenLabels: [],
    hiddenKinds: [],
    hiddenOutlets: [],
    colourBy: "type",
    sizeBy: "claims",
    labelStyles: {},
  };
}

/** A label's colour: the one its style sets, else the palette's. */
export function labelColour(label: string, filters: Pick<FilterState, "labelStyles">): string {
  return filters.labelStyles[label]?.colour ?? TYPE_COLOURS[label] ?? (TYPE_COLOURS.Other as string);
}

/** A node's caption when its label's style names a property: that property's value, if it has one. */
export function styledCaption(node: GraphNode, filters: Pick<FilterState, "labelStyles">): string | null {
  const key = filters.labelStyles[node.label]?.caption;
  if (!key) return null;
  const value = node.props[key];
  if (typeof value === "string" && value.trim()) return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

/** The properties a caption can show for a label: those with a text or number value on some node of it, sorted. */
export function captionKeys(nodes: readonly GraphNode[], label: string): string[] {
  const keys = new Set<string>();
  for (const node of nodes) {
    if (node.label !== label) continue;
    for (const [key, value] of Object.entries(node.props)) {
      if (key.startsWith("_")) continue;
      if ((typeof value === "string" && value.trim()) || typeof value === "number") keys.add(key);
    }
  }
  return [...keys].sort();
}

/** The outlet a node belongs to: a claim's article outlet, an article's source. */
export function outletOf(node: GraphNode): string | null {
  const value = node.label === "Claim" ? node.props.outlet : node.label === "Article" ? node.props.source : null;
  return typeof value === "string" && value ? value : null;
}

export function kindOf(node: GraphNode): string | null {
  return node.label === "Claim" && typeof node.props.kind === "string" ? node.props.kind : null;
}

export function passesFilters(node: GraphNode, filters: FilterState): boolean {
  if (filters.hiddenLabels.includes(node.label)) return false;
  const kind = kindOf(node);
  if (kind && filters.hiddenKinds.includes(kind)) return false;
  const outlet = outletOf(node);
  if (outlet && filters.hiddenOutlets.includes(outlet)) return false;
  return true;
}

export function toggle(list: string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export interface LegendEntry {
  value: string;
  count: number;
}

export interface Legend {
  labels: LegendEntry[];
  kinds: LegendEntry[];
  outlets: LegendEntry[];
}

function tally(values: Array<string | null>): LegendEntry[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** What the legend lists: every type, claim kind and outlet present on the canvas, with counts. */
export function legendOf(nodes: GraphNode[]): Legend {
  return {
    labels: tally(nodes.map((n) => n.label)),
    kinds: tally(nodes.map(kindOf)),
    outlets: tally(nodes.map(outletOf)),
  };
}
