/** Legend filters and styling choices: plain data, part of a shareable snapshot. */
import type { GraphNode } from "../../shared/api/contract.js";

export type ColourBy = "type" | "kind" | "outlet";
export type SizeBy = "none" | "claims" | "degree";

export interface FilterState {
  hiddenLabels: string[];
  hiddenKinds: string[];
  hiddenOutlets: string[];
  colourBy: ColourBy;
  sizeBy: SizeBy;
}

export function defaultFilters(): FilterState {
  return { hiddenLabels: [], hiddenKinds: [], hiddenOutlets: [], colourBy: "type", sizeBy: "claims" };
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
