/**
 * The Cypher worker thread: its own driver, runs jobs from the server (run-query.ts) and posts back
 * plain results or errors. It lives with a heap limit: an answer too big to hold kills this thread,
 * not the server, which then answers "result too large" and starts a new one.
 */
import { parentPort, workerData } from "node:worker_threads";
import { DRIVER_SETTINGS } from "@claimgraph/schema";
import neo4j from "neo4j-driver";
import { ApiError, fromNeo4jError } from "../errors.js";
import type { CancelJob, CypherJob, JobOutcome, WorkerSettings } from "./protocol.js";
import { runJob } from "./run-query.js";

const settings = workerData as WorkerSettings;
const { uri, user, password, database } = settings.connection;
// A worker thread is its own isolate: it cannot share the main thread's driver, so it has one of its own.
const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
  ...DRIVER_SETTINGS.cypherWorker,
  maxConnectionPoolSize: settings.poolSize,
});

function post(outcome: JobOutcome): void {
  parentPort?.postMessage(outcome);
}

/** Jobs running now, with what stops each one early. */
const running = new Map<number, AbortController>();

parentPort?.on("message", (message: CypherJob | CancelJob | "close") => {
  if (message === "close") {
    void driver.close().finally(() => process.exit(0));
    return;
  }
  if ("cancel" in message) {
    running.get(message.cancel)?.abort();
    return;
  }
  const job = message;
  const controller = new AbortController();
  running.set(job.id, controller);
  runJob(driver, uri, job, controller.signal, database)
    .finally(() => running.delete(job.id))
    .then(
      (response) => post({ id: job.id, ok: true, response }),
      (error: unknown) => {
        const apiError = error instanceof ApiError ? error : fromNeo4jError(error, uri, job.timeoutMs);
        post({
          id: job.id,
          ok: false,
          error: {
            status: apiError.status,
            code: apiError.code,
            message: apiError.message,
            ...(apiError.position ? { position: apiError.position } : {}),
          },
        });
      },
    );
});
