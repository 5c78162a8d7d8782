/**
 * Older snapshot shapes and how each upgrades to the next. Every load goes through `restore`
 * (restore.ts), which walks this chain, so a file saved by an older claimgraph still opens.
 * To add version N+1: write its schema in schema.ts, add a migration { from: N, ... } here.
 */
import { z } from "zod";
import { graphEdgeSchema, graphNodeSchema } from "../api/contract.js";
import { SNAPSHOT_KIND, SNAPSHOT_VERSION } from "./version.js";

export interface Migration {
  from: number;
  /** The shape of a version-`from` document; checked before upgrading, so errors name its fields. */
  schema: z.ZodType;
  up(document: never): unknown;
}

/**
 * Version 0: the first sharing prototype's "saved view" — no `version` or `kind`, elements at the
 * top level, positions under `layout`, the zoom and pan loose, the Cypher query as one string.
 */
export const snapshotV0Schema = z.object({
  title: z.string(),
  savedAt: z.string(),
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
  layout: z.record(z.string(), z.object({ x: z.number(), y: z.number() })).default({}),
  zoom: z.number().default(1),
  pan: z.object({ x: z.number(), y: z.number() }).default({ x: 0, y: 0 }),
  view: z.enum(["full", "who"]).default("full"),
  query: z.string().optional(),
});
export type SnapshotV0 = z.output<typeof snapshotV0Schema>;

export function upgradeV0(old: SnapshotV0): unknown {
  const savedAt = Date.parse(old.savedAt);
  return {
    kind: SNAPSHOT_KIND,
    version: 1,
    title: old.title.trim() || "Untitled snapshot",
    notes: "",
    createdAt: Number.isNaN(savedAt) ? new Date(0).toISOString() : new Date(savedAt).toISOString(),
    // Version 0 did not record which data it came from.
    source: { articles: 0, latestIngestedAt: null },
    state: {
      version: 1,
      nodes: old.nodes,
      edges: old.edges,
      positions: old.layout,
      hidden: [],
      pinned: [],
      view: old.view,
      focus: null,
      viewport: { zoom: old.zoom > 0 ? old.zoom : 1, pan: old.pan },
      filters: { hiddenLabels: [], hiddenKinds: [], hiddenOutlets: [], colourBy: "type", sizeBy: "claims" },
      renderer: "canvas",
    },
    timeWindow: null,
    steps: old.query ? [{ kind: "cypher", detail: old.query }] : [],
  };
}

export const MIGRATIONS: readonly Migration[] = [
  { from: 0, schema: snapshotV0Schema, up: upgradeV0 as Migration["up"] },
];

/** The version a parsed document claims: its `version` field, or 0 for the version-less first shape. */
export function versionOf(document: unknown): number | null {
  if (!document || typeof document !== "object" || Array.isArray(document)) return null;
  const version = (document as { version?: unknown }).version;
  if (version === undefined) return "nodes" in document ? 0 : null;
  return typeof version === "number" && Number.isInteger(version) ? version : null;
}

export const CURRENT_VERSION = SNAPSHOT_VERSION;
