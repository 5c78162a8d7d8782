/**
 * The server side of user Cypher: a worker thread with a heap limit runs the queries (query-worker.ts),
 * so a result too large to hold, or a slow decode, never freezes or bloats the server. Caps how many
 * queries run at once (the rest get 429), answers 504 itself when a query outlives its timeout plus
 * a grace period (and replaces the worker, which closes the query's connection so Neo4j stops it),
 * and starts a new worker whenever one dies.
 */
import { Worker } from "node:worker_threads";
import type { CypherResponse } from "../../shared/api/contract.js";
import { ApiError } from "../errors.js";
import type { Neo4jConnection } from "../neo4j/reader.js";
import type { CypherJob, JobOutcome, WorkerSettings } from "./protocol.js";
import { resultTooLarge } from "./run-query.js";

export interface CypherRunnerOptions {
  /** Queries that may run at once; more are refused with 429. */
  maxConcurrent?: number;
  /** Heap of the worker thread in MB: what one answer may take while it is built. */
  workerHeapMb?: number;
  /** Time past a query's own timeout before the server gives up on it. */
  graceMs?: number;
}

export interface CypherRunner {
  /** Runs a job; aborting `signal` (the client went away) stops it in Neo4j. */
  run(job: Omit<CypherJob, "id">, signal?: AbortSignal): Promise<CypherResponse>;
  /** Queries running now. */
  readonly running: number;
  close(): Promise<void>;
}

interface Pending {
  resolve(response: CypherResponse): void;
  reject(error: ApiError): void;
  timer: NodeJS.Timeout;
  job: CypherJob;
  /** The worker running it. */
  worker: Worker;
}

/** The worker's entry: compiled JavaScript when built, the TypeScript source through tsx otherwise. */
function workerEntry(): URL {
  return import.meta.url.endsWith(".ts")
    ? new URL("./worker-boot.mjs", import.meta.url)
    : new URL("./query-worker.js", import.meta.url);
}

export function createCypherRunner(connection: Neo4jConnection, options: CypherRunnerOptions = {}): CypherRunner {
  const maxConcurrent = options.maxConcurrent ?? 4;
  const heapMb = options.workerHeapMb ?? 256;
  const graceMs = options.graceMs ?? 3_000;
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let worker: Worker | null = null;
  let closed = false;

  function failAll(worker: Worker, error: (job: CypherJob) => ApiError): void {
    for (const [id, entry] of pending) {
      if (entry.worker !== worker) continue;
      clearTimeout(entry.timer);
      pending.delete(id);
      entry.reject(error(entry.job));
    }
  }

  function spawn(): Worker {
    const settings: WorkerSettings = { connection, poolSize: maxConcurrent + 1 };
    const created = new Worker(workerEntry(), {
      workerData: settings,
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
    });
    created.unref();
    created.on("message", (outcome: JobOutcome) => {
      const entry = pending.get(outcome.id);
      if (!entry) return;
      clearTimeout(entry.timer);
      pending.delete(outcome.id);
      if (outcome.ok) entry.resolve(outcome.response);
      else {
        const { status, code, message, position } = outcome.error;
        entry.reject(new ApiError(status, code, message, position));
      }
    });
    let outOfMemory = false;
    created.on("error", (error: Error & { code?: string }) => {
      outOfMemory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
    });
    created.on("exit", () => {
      if (worker === created) worker = null;
      failAll(created, (job) =>
        outOfMemory
          ? resultTooLarge(job.maxBytes)
          : new ApiError(500, "query_worker", "The query stopped unexpectedly; run it again."),
      );
    });
    return created;
  }

  function current(): Worker {
    if (!worker) worker = spawn();
    return worker;
  }

  return {
    get running() {
      return pending.size;
    },
    run(input, signal) {
      if (closed) return Promise.reject(new ApiError(503, "closing", "The viewer's server is shutting down."));
      if (pending.size >= maxConcurrent) {
        return Promise.reject(
          new ApiError(
            429,
            "busy",
            `${maxConcurrent} Cypher queries are already running; wait for one to finish and run yours again.`,
          ),
        );
      }
      const job: CypherJob = { ...input, id: nextId++ };
      const target = current();
      return new Promise<CypherResponse>((resolve, reject) => {
        const timer = setTimeout(() => {
          // The database did not stop it in time (some expressions never check their timeout): drop
          // the worker and its connections, which ends the transaction in Neo4j.
          pending.delete(job.id);
          reject(
            new ApiError(
              504,
              "query_timeout",
              `The query did not finish within ${Math.round(job.timeoutMs / 100) / 10} s and was stopped. If it returns a very large value (a list of millions of items, a huge string), return a smaller one; otherwise narrow the MATCH or add a LIMIT.`,
            ),
          );
          if (worker === target) worker = null;
          void target.terminate();
        }, job.timeoutMs + graceMs);
        pending.set(job.id, { resolve, reject, timer, job, worker: target });
        target.postMessage(job);
        signal?.addEventListener("abort", () => target.postMessage({ cancel: job.id }), { once: true });
      });
    },
    async close() {
      closed = true;
      const last = worker;
      worker = null;
      if (!last) return;
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => void last.terminate().then(() => resolve()), 2_000);
        last.once("exit", () => {
          clearTimeout(force);
          resolve();
        });
        last.postMessage("close");
      });
    },
  };
}
