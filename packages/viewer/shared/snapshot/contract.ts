/** The snapshot HTTP API, shared by the server and the app (validated on both sides). */
import { z } from "zod";
import { stringFields } from "../string-fields.js";
import { dataSourceSchema, snapshotV1Schema } from "./schema.js";

export const SNAPSHOT_ROUTES = {
  /** POST a snapshot document → { id, permalink }. */
  save: "/api/snapshots",
  /** GET one snapshot by id (read-only, no credentials); DELETE it (the link is the proof of ownership). */
  load: "/api/snapshots/:id",
  /** GET which ingested data the live graph holds. */
  source: "/api/snapshots/source",
} as const;

/** The page that opens a snapshot: `/s/<token>` (a lookup id and the key that decrypts it). */
export const permalinkPath = (id: string) => `/s/${encodeURIComponent(id)}`;
/** The snapshot token in a permalink path (38 characters; 16 for links saved before sealing), if the path is one. */
export function snapshotIdFromPath(pathname: string): string | null {
  const match = /^\/s\/([A-Za-z0-9_-]{16}(?:[A-Za-z0-9_-]{22})?)\/?$/.exec(pathname);
  return match ? (match[1] as string) : null;
}

export const saveResponseSchema = stringFields("id", "permalink", "createdAt").extend({ bytes: z.number() });
export type SaveResponse = z.infer<typeof saveResponseSchema>;

export const loadResponseSchema = z.object({
  snapshot: snapshotV1Schema,
  /** The live graph's data now: compare with `snapshot.source` to tell whether it changed since. */
  live: dataSourceSchema,
});
export type LoadResponse = z.infer<typeof loadResponseSchema>;
