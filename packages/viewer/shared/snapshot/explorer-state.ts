/**
 * The explorer's state as one JSON value: elements with their data, positions, viewport, view,
 * filters, styling and renderer. The `state` of a snapshot document (schema.ts). Pure: no DOM, no Node.
 */
import { z } from "zod";
import { graphEdgeSchema, graphNodeSchema } from "../api/contract.js";
import { SNAPSHOT_VERSION } from "./version.js";

const position = z.object({ x: z.number(), y: z.number() });

export const explorerSnapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
  positions: z.record(z.string(), position),
  hidden: z.array(z.string()),
  pinned: z.array(z.string()),
  view: z.enum(["full", "who"]),
  focus: z.string().nullable(),
  viewport: z.object({ zoom: z.number().positive(), pan: position }).nullable(),
  filters: z.object({
    hiddenLabels: z.array(z.string()),
    hiddenKinds: z.array(z.string()),
    hiddenOutlets: z.array(z.string()),
    colourBy: z.enum(["type", "kind", "outlet"]),
    sizeBy: z.enum(["none", "claims", "degree"]),
    // Per-label style (the style panel); absent in snapshots written before it, which read as none.
    labelStyles: z
      .record(
        z.string().max(200),
        z.object({
          colour: z
            .string()
            .regex(/^#[0-9a-f]{6}$/i)
            .optional(),
          scale: z.number().min(0.25).max(4).optional(),
          caption: z.string().max(200).optional(),
        }),
      )
      .default({}),
  }),
  renderer: z.enum(["canvas", "webgl"]),
  // The shortest path marked on the canvas (node and edge ids); absent in snapshots written before it.
  path: z.array(z.string().max(1000)).max(100).default([]),
});
export type ExplorerSnapshot = z.infer<typeof explorerSnapshotSchema>;

export type Viewport = ExplorerSnapshot["viewport"];
export type Renderer = ExplorerSnapshot["renderer"];
