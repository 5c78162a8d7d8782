/**
 * Snapshot routes: save (the single narrow write), open by link token (read-only, no credentials)
 * and the live data source. Registered as an encapsulated plugin so its body limit and errors are its own.
 */
import type { FastifyInstance, FastifyPluginAsync } from "fastify";
import { z } from "zod";
import {
  type LoadResponse,
  loadResponseSchema,
  permalinkPath,
  type SaveResponse,
  SNAPSHOT_ROUTES,
  saveResponseSchema,
} from "../../shared/snapshot/contract.js";
import { restoreSnapshot } from "../../shared/snapshot/restore.js";
import { MAX_SNAPSHOT_BYTES } from "../../shared/snapshot/schema.js";
import { ApiError } from "../errors.js";
import { createRateLimiter, takeOrRefuse } from "../http/rate-limit.js";
import { SNAPSHOT_TOKEN_PATTERN } from "./seal.js";
import type { SnapshotStore } from "./store.js";

const MB = MAX_SNAPSHOT_BYTES / 1024 / 1024;
const idParams = z.object({ id: z.string().regex(SNAPSHOT_TOKEN_PATTERN) });

export interface SnapshotRouteOptions {
  /** Saves one client (IP address) may make per hour. */
  savesPerHour?: number;
}

export function snapshotRoutes(store: SnapshotStore, options: SnapshotRouteOptions = {}): FastifyPluginAsync {
  const savesPerHour = options.savesPerHour ?? 60;
  const saves = createRateLimiter(savesPerHour, 60 * 60 * 1000);
  return async (app: FastifyInstance) => {
    app.setErrorHandler((error: unknown, _request, reply) => {
      const e = error as { code?: string };
      if (e.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
        return reply.status(413).send({
          error: {
            code: "snapshot_too_large",
            message: `The snapshot is larger than ${MB} MB; hide or remove elements and save again.`,
          },
        });
      }
      throw error;
    });

    app.post(SNAPSHOT_ROUTES.save, { bodyLimit: MAX_SNAPSHOT_BYTES }, async (request, reply): Promise<SaveResponse> => {
      takeOrRefuse(
        saves,
        request.ip,
        reply,
        "too_many_snapshots",
        (minutes) =>
          `You saved ${savesPerHour} snapshots in the last hour, the most this viewer takes; try again in ${minutes} minutes.`,
      );
      const restored = restoreSnapshot(request.body);
      if (!restored.ok) {
        const detail = restored.problems.map((p) => `${p.path || "snapshot"}: ${p.message}`).join("; ");
        throw new ApiError(400, "invalid_snapshot", `The snapshot is not valid: ${detail}.`);
      }
      // The server says which data it was taken from; the browser's claim is not trusted.
      const snapshot = { ...restored.snapshot, source: await store.dataSource() };
      const saved = await store.save(snapshot);
      return saveResponseSchema.parse({ ...saved, permalink: permalinkPath(saved.id) });
    });

    app.get(SNAPSHOT_ROUTES.source, async () => store.dataSource());

    app.get(SNAPSHOT_ROUTES.load, async (request): Promise<LoadResponse> => {
      const params = idParams.safeParse(request.params);
      if (!params.success) {
        throw new ApiError(
          400,
          "bad_request",
          "A snapshot link ends in 38 letters, digits, '-' or '_' (16 for links saved before 2026-11-26); check that it was copied whole.",
        );
      }
      const [snapshot, live] = await Promise.all([store.load(params.data.id), store.dataSource()]);
      if (!snapshot) {
        throw new ApiError(
          404,
          "not_found",
          "No snapshot opens with this link; check that it was copied whole (a link is its snapshot's only key).",
        );
      }
      return loadResponseSchema.parse({ snapshot, live });
    });

    app.delete(SNAPSHOT_ROUTES.load, async (request, reply) => {
      const params = idParams.safeParse(request.params);
      if (!params.success || !(await store.remove(params.data.id))) {
        throw new ApiError(404, "not_found", "No snapshot opens with this link, so there is nothing to delete.");
      }
      return reply.status(204).send();
    });
  };
}
