/**
 * The snapshot document, version 1: everything needed to show exactly what its author saw —
 * elements with their data, positions, viewport, view, filters and styling, the time window, the
 * steps that produced it, a title and notes, when it was taken and from which ingested data.
 * Pure: shared by the app, the server and the self-contained HTML viewer.
 */
import { z } from "zod";
import { explorerSnapshotSchema } from "./explorer-state.js";
import { SNAPSHOT_KIND, SNAPSHOT_VERSION } from "./version.js";

/** Largest snapshot document accepted anywhere (file import, server save), in bytes of JSON. */
export const MAX_SNAPSHOT_BYTES = 8 * 1024 * 1024;
/** Most nodes + edges in one snapshot. */
export const MAX_SNAPSHOT_ELEMENTS = 20_000;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");
const isoDateTime = z.iso.datetime({ offset: true, message: "expected an ISO date-time such as 2026-01-31T12:00:00Z" });
export const timeWindowSchema = z
  .object({ from: isoDate, to: isoDate })
  .refine((w) => w.from <= w.to, { message: "`from` must not be after `to`", path: ["from"] });
export type TimeWindow = z.infer<typeof timeWindowSchema>;

/** One exploration step (what the author did to get here), replayable on the live graph. */
export const stepSchema = z.object({
  kind: z.enum(["overview", "search", "expand", "cypher", "open", "hide", "filter", "window", "other"]),
  /** A human description ("Expanded Matthew Dunn (SAID)") or the Cypher text. */
  detail: z.string().max(20_000),
  at: isoDateTime.optional(),
});
export type Step = z.infer<typeof stepSchema>;

/** Which ingested data the snapshot was taken from. */
export const dataSourceSchema = z.object({
  articles: z.number().int().min(0),
  latestIngestedAt: z.string().nullable(),
});
export type DataSource = z.infer<typeof dataSourceSchema>;

export const snapshotV1Schema = z
  .object({
    kind: z.literal(SNAPSHOT_KIND),
    version: z.literal(SNAPSHOT_VERSION),
    title: z.string().trim().min(1, "a snapshot needs a title").max(200),
    notes: z.string().max(20_000).default(""),
    createdAt: isoDateTime,
    source: dataSourceSchema,
    /** The explorer's state (elements with data, positions, viewport, view, filters, styling). */
    state: explorerSnapshotSchema,
    timeWindow: timeWindowSchema.nullable().default(null),
    steps: z.array(stepSchema).max(500).default([]),
  })
  .superRefine((doc, ctx) => {
    const { nodes, edges, positions, viewport } = doc.state;
    if (nodes.length + edges.length > MAX_SNAPSHOT_ELEMENTS) {
      ctx.addIssue({
        code: "custom",
        path: ["state", "nodes"],
        message: `too many elements (${nodes.length + edges.length}); at most ${MAX_SNAPSHOT_ELEMENTS}`,
      });
    }
    const ids = new Set(nodes.map((n) => n.id));
    edges.forEach((edge, i) => {
      for (const end of ["source", "target"] as const) {
        if (!ids.has(edge[end])) {
          ctx.addIssue({
            code: "custom",
            path: ["state", "edges", i, end],
            message: `expected the id of a node in state.nodes, got "${edge[end]}"`,
          });
        }
      }
    });
    for (const [id, p] of Object.entries(positions)) {
      if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) {
        ctx.addIssue({ code: "custom", path: ["state", "positions", id], message: "expected finite x and y" });
      }
    }
    if (viewport && (!Number.isFinite(viewport.pan.x) || !Number.isFinite(viewport.pan.y))) {
      ctx.addIssue({ code: "custom", path: ["state", "viewport", "pan"], message: "expected finite x and y" });
    }
  });

/** The current snapshot document. */
export type Snapshot = z.output<typeof snapshotV1Schema>;
export type SnapshotInput = z.input<typeof snapshotV1Schema>;
