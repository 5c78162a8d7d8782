/**
 * The Fastify app: JSON API under /api (validated with zod both ways) and, when built, the
 * React app from dist/. Every database call goes through the read-only Reader.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import type { ZodType, z } from "zod";
import {
  API_ROUTES,
  claimResponseSchema,
  countsResponseSchema,
  cypherRequestSchema,
  cypherResponseSchema,
  entityResponseSchema,
  expandRequestSchema,
  expandResponseSchema,
  idRequestSchema,
  LIMITS,
  overviewRequestSchema,
  overviewResponseSchema,
  schemaResponseSchema,
  searchRequestSchema,
  searchResponseSchema,
} from "../shared/api/contract.js";
import { PATH_ROUTE, pathRequestSchema, pathResponseSchema } from "../shared/paths/contract.js";
import {
  STATEMENT_ROUTES,
  statementGraphResponseSchema,
  statementIdSchema,
  statementsRequestSchema,
  statementsResponseSchema,
} from "../shared/statements/contract.js";
import { claimDetails } from "./api/claim.js";
import { runCypher } from "./api/cypher.js";
import { entityDetails } from "./api/entity.js";
import { expand, relationCounts } from "./api/neighbourhood.js";
import { overview } from "./api/overview.js";
import { shortestPath } from "./api/path.js";
import { graphSchema } from "./api/schema.js";
import { search } from "./api/search.js";
import { rankStatements, statementGraph } from "./api/statements.js";
import { correctionRoutes } from "./corrections/routes.js";
import type { CorrectionStore } from "./corrections/store.js";
import { type CypherRunner, createCypherRunner } from "./cypher/runner.js";
import { ApiError } from "./errors.js";
import { SECURITY_HEADERS } from "./http/headers.js";
import { type HostPolicy, hostPolicy, isAllowedHost, isSameOrigin } from "./http/hosts.js";
import { parseRequest } from "./http/parse-request.js";
import type { Reader } from "./neo4j/reader.js";
import { snapshotRoutes } from "./snapshots/routes.js";
import type { SnapshotStore } from "./snapshots/store.js";

export interface AppOptions {
  reader: Reader;
  /** Folder of the built app (index.html + assets); the API works without it. */
  staticDir?: string;
  logger?: boolean;
  /** Saved snapshots (sharing); without it the snapshot routes answer 404. */
  snapshots?: SnapshotStore;
  /** Runs user Cypher off the main thread; one is made from the reader's connection when absent. */
  cypher?: CypherRunner;
  /** Host names served (DNS-rebinding defence); loopback names only when absent. */
  hosts?: HostPolicy;
  /** Largest Cypher answer in bytes (LIMITS.cypherBytesMax by default). */
  maxCypherBytes?: number;
  /** Snapshot saves one client may make per hour (60 by default). */
  snapshotSavesPerHour?: number;
  /** Analyst corrections to entity resolution (the second narrow write); without it POST/DELETE answer 404. */
  corrections?: CorrectionStore;
  /** Corrections (records and undos) one client may make per hour (300 by default). */
  correctionsPerHour?: number;
}

/** Answers are checked too: a mismatch is our bug, reported as 500 rather than sent half-right. */
function reply<T extends ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ApiError(500, "bad_response", `The server built an invalid answer: ${result.error.issues[0]?.message}`);
  }
  return result.data;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { reader } = options;
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 256 * 1024 });
  const hosts = options.hosts ?? hostPolicy(undefined);
  const cypher = options.cypher ?? createCypherRunner(reader.connection);
  if (!options.cypher) app.addHook("onClose", () => cypher.close());

  // Every answer carries the security headers; a request for another host name (DNS rebinding) or
  // a write-shaped request from a page of another origin is refused before any route runs.
  app.addHook("onRequest", async (request, replyTo) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) replyTo.header(name, value);
    if (!isAllowedHost(hosts, request.headers.host)) {
      return replyTo.status(421).send({
        error: {
          code: "host_not_allowed",
          message: `This viewer does not answer for the host "${request.headers.host ?? ""}". Open it at http://127.0.0.1 or http://localhost, or add the name to CLAIMGRAPH_ALLOWED_HOSTS.`,
        },
      });
    }
    if (
      request.method !== "GET" &&
      request.method !== "HEAD" &&
      !isSameOrigin(request.headers.origin, request.headers.host)
    ) {
      return replyTo.status(403).send({
        error: { code: "cross_origin", message: "Requests from another site's pages are refused." },
      });
    }
  });

  app.setErrorHandler((error: unknown, _request, replyTo: FastifyReply) => {
    if (error instanceof ApiError) {
      return replyTo.status(error.status).send({
        error: { code: error.code, message: error.message, ...(error.position ? { position: error.position } : {}) },
      });
    }
    const e = error as { statusCode?: number; code?: string; message?: string };
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
      const message =
        e.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE"
          ? "Send JSON (Content-Type: application/json)."
          : e.code === "FST_ERR_CTP_BODY_TOO_LARGE"
            ? "The request body is too large (256 KB at most)."
            : `Bad request: ${e.message ?? "the body is not valid JSON"}.`;
      return replyTo.status(e.statusCode).send({ error: { code: "bad_request", message } });
    }
    app.log.error(error);
    return replyTo
      .status(500)
      .send({ error: { code: "internal", message: "The viewer's server failed; see its log." } });
  });

  app.get(API_ROUTES.health, async () => {
    await reader.read("RETURN 1 AS ok", {}, { timeoutMs: 3_000 });
    return { ok: true };
  });
  app.get(API_ROUTES.search, async (request) =>
    reply(searchResponseSchema, await search(reader, parseRequest(searchRequestSchema, request.query, "search"))),
  );
  app.get(API_ROUTES.counts, async (request) =>
    reply(
      countsResponseSchema,
      await relationCounts(reader, parseRequest(idRequestSchema, request.query, "node id").id),
    ),
  );
  app.post(API_ROUTES.expand, async (request) =>
    reply(
      expandResponseSchema,
      await expand(reader, parseRequest(expandRequestSchema, request.body, "expand request")),
    ),
  );
  app.get(API_ROUTES.entity, async (request) =>
    reply(
      entityResponseSchema,
      await entityDetails(reader, parseRequest(idRequestSchema, request.query, "entity id").id),
    ),
  );
  app.get(API_ROUTES.claim, async (request) =>
    reply(claimResponseSchema, await claimDetails(reader, parseRequest(idRequestSchema, request.query, "claim id").id)),
  );
  app.get(API_ROUTES.overview, async (request) =>
    reply(
      overviewResponseSchema,
      await overview(reader, parseRequest(overviewRequestSchema, request.query, "overview").top),
    ),
  );
  app.get(STATEMENT_ROUTES.list, async (request) => {
    const { by, limit } = parseRequest(statementsRequestSchema, request.query, "statements request");
    return reply(statementsResponseSchema, await rankStatements(reader, by, limit));
  });
  app.get(STATEMENT_ROUTES.graph, async (request) =>
    reply(
      statementGraphResponseSchema,
      await statementGraph(reader, parseRequest(statementIdSchema, request.query, "statement id").id),
    ),
  );
  app.get(PATH_ROUTE, async (request) =>
    reply(
      pathResponseSchema,
      await shortestPath(reader, parseRequest(pathRequestSchema, request.query, "path request")),
    ),
  );
  const cypherLimits = {
    timeoutMs: reader.limits.timeoutMs,
    maxBytes: options.maxCypherBytes ?? LIMITS.cypherBytesMax,
  };
  app.post(API_ROUTES.cypher, async (request, replyTo) => {
    // A client that goes away (Cancel, a closed tab) stops its query in Neo4j too.
    const gone = new AbortController();
    replyTo.raw.on("close", () => {
      if (!replyTo.raw.writableFinished) gone.abort();
    });
    const input = parseRequest(cypherRequestSchema, request.body, "Cypher request");
    return reply(cypherResponseSchema, await runCypher(cypher, input, cypherLimits, gone.signal));
  });
  let schemaCache: { at: number; value: unknown } | null = null;
  app.get(API_ROUTES.schema, async () => {
    if (!schemaCache || Date.now() - schemaCache.at > 30_000) {
      schemaCache = { at: Date.now(), value: await graphSchema(reader) };
    }
    return reply(schemaResponseSchema, schemaCache.value);
  });
  if (options.snapshots) {
    await app.register(
      snapshotRoutes(
        options.snapshots,
        options.snapshotSavesPerHour === undefined ? {} : { savesPerHour: options.snapshotSavesPerHour },
      ),
    );
  }
  await app.register(
    correctionRoutes(
      reader,
      options.corrections,
      options.correctionsPerHour === undefined ? {} : { perHour: options.correctionsPerHour },
    ),
  );
  app.all("/api/*", async (request) => {
    throw new ApiError(404, "not_found", `No API route ${request.method} ${request.url.split("?")[0]}.`);
  });

  const staticDir = options.staticDir;
  if (staticDir && existsSync(path.join(staticDir, "index.html"))) {
    await app.register(fastifyStatic, { root: path.resolve(staticDir), wildcard: false });
    app.setNotFoundHandler((_request, replyTo) => replyTo.sendFile("index.html"));
  } else {
    app.get("/", async (_request, replyTo) =>
      replyTo
        .type("text/plain")
        .send("The viewer app is not built yet: run `pnpm --filter @claimgraph/viewer build` (or `pnpm start`)."),
    );
  }
  return app;
}
