/**
 * Corrections routes: GET (read: a node's resolution and corrections), POST (record one) and
 * DELETE (undo one) — the viewer's second narrow write, and nothing wider. Behind the app's Host
 * and Origin checks like every route; here also a JSON body validated with zod (strict: nothing
 * but a correction), a small body limit and a per-client rate limit.
 */

import type { CORRECTION_KINDS as STORED_KINDS } from "@claimgraph/schema";
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from "fastify";
import {
  type CORRECTION_KINDS,
  CORRECTION_ROUTES,
  type CorrectionResponse,
  correctionIdPattern,
  correctionRequestSchema,
  correctionResponseSchema,
  MAX_CORRECTION_BYTES,
  resolutionRequestSchema,
  resolutionResponseSchema,
  undoRequestSchema,
} from "../../shared/corrections/contract.js";
import { ApiError } from "../errors.js";
import { parseRequest } from "../http/parse-request.js";
import { createRateLimiter, takeOrRefuse } from "../http/rate-limit.js";
import type { Reader } from "../neo4j/reader.js";
import { resolutionDetails } from "./resolution.js";
import type { CorrectionStore } from "./store.js";

// The API's closed set of kinds is the stored one (a compile-time check both ways).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsAgree: Same<(typeof CORRECTION_KINDS)[number], (typeof STORED_KINDS)[number]> = true;
void kindsAgree;

export interface CorrectionRouteOptions {
  /** Corrections (records and undos) one client (IP address) may make per hour. */
  perHour?: number;
}

export function correctionRoutes(
  reader: Reader,
  store: CorrectionStore | undefined,
  options: CorrectionRouteOptions = {},
): FastifyPluginAsync {
  const perHour = options.perHour ?? 300;
  const limiter = createRateLimiter(perHour, 60 * 60 * 1000);
  const limit = (request: FastifyRequest, reply: { header(name: string, value: string): unknown }) =>
    takeOrRefuse(
      limiter,
      request.ip,
      reply,
      "too_many_corrections",
      (minutes) =>
        `You made ${perHour} corrections in the last hour, the most this viewer takes; try again in ${minutes} minutes.`,
    );
  const writable = (): CorrectionStore => {
    if (!store)
      throw new ApiError(
        404,
        "not_found",
        "This viewer takes no corrections (it was started without a correction store).",
      );
    return store;
  };

  return async (app: FastifyInstance) => {
    app.setErrorHandler((error: unknown, _request, reply) => {
      const e = error as { code?: string };
      if (e.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
        return reply.status(413).send({
          error: { code: "bad_request", message: `A correction is at most ${MAX_CORRECTION_BYTES} bytes of JSON.` },
        });
      }
      throw error;
    });

    app.get(CORRECTION_ROUTES.corrections, async (request) =>
      resolutionResponseSchema.parse(
        await resolutionDetails(
          reader,
          parseRequest(resolutionRequestSchema, request.query, "corrections query").entity,
        ),
      ),
    );

    app.post(
      CORRECTION_ROUTES.corrections,
      { bodyLimit: MAX_CORRECTION_BYTES },
      async (request, reply): Promise<CorrectionResponse> => {
        const input = parseRequest(correctionRequestSchema, request.body, "correction");
        const corrections = writable();
        limit(request, reply);
        reply.status(201);
        return correctionResponseSchema.parse(await corrections.record(input));
      },
    );

    app.delete(
      CORRECTION_ROUTES.correction,
      { bodyLimit: MAX_CORRECTION_BYTES },
      async (request, reply): Promise<CorrectionResponse> => {
        const { id } = request.params as { id: string };
        if (!correctionIdPattern.test(id))
          throw new ApiError(400, "bad_request", "A correction id is 1–64 letters, digits, '-' or '_'.");
        const input = parseRequest(undoRequestSchema, request.body, "undo");
        const corrections = writable();
        limit(request, reply);
        return correctionResponseSchema.parse(await corrections.undo(id, input.by));
      },
    );
  };
}
