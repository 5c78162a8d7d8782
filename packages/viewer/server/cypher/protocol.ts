/** Messages between the server and its Cypher worker thread (structured-cloned, plain data only). */
import type { CypherResponse } from "../../shared/api/contract.js";
import type { ErrorPosition } from "../errors.js";
import type { Neo4jConnection } from "../neo4j/reader.js";

export interface CypherJob {
  id: number;
  query: string;
  params: Record<string, unknown>;
  /** Most rows to return. */
  limit: number;
  /** Transaction timeout: Neo4j stops the query after this. */
  timeoutMs: number;
  /** Most bytes of JSON to return (rows and graph). */
  maxBytes: number;
}

/** Sent to the worker to stop a job whose client went away (its transaction is rolled back). */
export interface CancelJob {
  cancel: number;
}

export interface JobError {
  status: number;
  code: string;
  message: string;
  position?: ErrorPosition;
}

export type JobOutcome =
  | { id: number; ok: true; response: CypherResponse }
  | { id: number; ok: false; error: JobError };

export interface WorkerSettings {
  connection: Neo4jConnection;
  /** Bolt connections the worker may open (one per query in flight). */
  poolSize: number;
}
