import neo4j, { Neo4jError } from "neo4j-driver";
import type { LoadFailure } from "./summary.js";

/**
 * What a failed write transaction means for the run. `lost`: the server went away, so stop (stored
 * articles are complete; a re-run loads the rest). `too-large`: the article needs more memory than
 * Neo4j allows one transaction; refuse that article and go on. `refused`: Neo4j rejected the
 * article's statements; refuse it and go on.
 */
export type WriteErrorKind = "lost" | "too-large" | "refused";

/** Neo4j's memory guards: one transaction's limit, the pool of all transactions, the heap itself. */
const MEMORY_CODES = /TransactionMemoryLimit|TransactionOutOfMemoryError|MemoryPoolOutOfMemoryError|OutOfMemoryError/;
const MEMORY_GQL = new Set(["51N72", "51N73"]);

export function isMemoryLimit(error: unknown): boolean {
  if (error instanceof NotRetried) return isMemoryLimit(error.cause);
  return error instanceof Neo4jError && (MEMORY_CODES.test(error.code) || MEMORY_GQL.has(error.gqlStatus));
}

export function classifyWriteError(error: unknown): WriteErrorKind {
  const cause = error instanceof NotRetried ? error.cause : error;
  if (!(cause instanceof Neo4jError)) return "refused";
  if (isMemoryLimit(cause)) return "too-large";
  const { code } = cause;
  if (code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED) return "lost";
  // Other transient errors (database unavailable, leader switch) mean "try later"; a deadlock that
  // outlived the driver's retries is this write's own problem.
  if (code.startsWith("Neo.TransientError.") && !code.includes("Deadlock")) return "lost";
  return "refused";
}

/**
 * Thrown from inside a write transaction for an error that would fail again the same way (a memory
 * limit): the driver retries transient errors for up to 30 s, which helps nothing here.
 */
export class NotRetried extends Error {
  override readonly cause: unknown;
  constructor(cause: unknown) {
    super((cause as Error).message);
    this.name = "NotRetried";
    this.cause = cause;
  }
}

/** Rethrows memory-limit errors so that the driver does not retry them. */
export function doNotRetryMemoryLimits(error: unknown): never {
  throw isMemoryLimit(error) ? new NotRetried(error) : error;
}

/**
 * The most nodes and relationships one article may write (in its one transaction). A long news
 * article writes a few hundred; a 0.9 MB list of 60,000 names writes 120,000 and exceeds Neo4j's
 * transaction memory (128 MB at the local default), and 5 MB of names (700,000) took the local
 * Neo4j down before its limit could stop the transaction. Refusing early costs nothing.
 */
export const MAX_ARTICLE_ROWS = 50_000;

/** The failure for an article with more rows than one transaction should carry, or undefined. */
export function tooManyRows(origin: string, rows: number): LoadFailure | undefined {
  if (rows <= MAX_ARTICLE_ROWS) return undefined;
  return {
    origin,
    error: `too large for one Neo4j transaction (${rows.toLocaleString("en")} nodes and relationships to write, at most ${MAX_ARTICLE_ROWS.toLocaleString("en")}); not stored, the other articles were loaded`,
    hint: "Split it into smaller articles (a long news article writes a few hundred).",
  };
}

const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split("\n")[0];

/** The failure to report for one article its write could not store (not for a lost connection). */
export function articleWriteFailure(origin: string, error: unknown, chars: number): LoadFailure {
  if (classifyWriteError(error) === "too-large") {
    const size = chars >= 1024 * 1024 ? `${(chars / (1024 * 1024)).toFixed(1)} M` : `${Math.ceil(chars / 1024)} K`;
    return {
      origin,
      error: `too large for one Neo4j transaction (${size} characters; Neo4j: ${firstLine(error)}); not stored, the other articles were loaded`,
      hint:
        "Split it into smaller articles, or give Neo4j more transaction memory: NEO4J_TX_MEMORY_MB (and NEO4J_HEAP_MB) " +
        "for claimgraph's local Neo4j, db.memory.transaction.max / dbms.memory.transaction.total.max on your own server.",
    };
  }
  return {
    origin,
    error: `Neo4j refused the article: ${firstLine(error)}`,
    hint: "This is a bug in claimgraph; please report it with the input.",
  };
}
