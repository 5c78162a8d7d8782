/** Errors the API answers with: a status, a stable code and a message that says what to do. */
export interface ErrorPosition {
  line: number;
  column: number;
  offset: number;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly position?: ErrorPosition,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

interface DriverError {
  code?: string;
  message?: string;
}

/** "… (line 1, column 8 (offset: 7))" in Neo4j syntax errors. */
export function parsePosition(message: string): ErrorPosition | undefined {
  const match = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(message);
  if (!match) return undefined;
  return { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) };
}

/** Maps a driver error to an ApiError. `uri` names the database in "unreachable" messages. */
export function fromNeo4jError(error: unknown, uri: string, timeoutMs: number): ApiError {
  if (error instanceof ApiError) return error;
  const { code = "", message = String(error) } = (error ?? {}) as DriverError;
  if (code === "ServiceUnavailable" || code === "SessionExpired" || /ECONNREFUSED|connect/i.test(code)) {
    return new ApiError(
      503,
      "database_unavailable",
      `The graph database at ${uri} is not reachable. Start it (pnpm db:start, or pnpm start) and retry.`,
    );
  }
  if (code.startsWith("Neo.ClientError.Security.")) {
    return new ApiError(
      503,
      "database_auth",
      `The graph database at ${uri} refused the viewer's credentials. Set NEO4J_USER and NEO4J_PASSWORD for the server.`,
    );
  }
  if (/MemoryLimit|OutOfMemory|MemoryPool/i.test(code) || /memory limit|out of memory/i.test(message)) {
    return new ApiError(
      422,
      "query_memory",
      "The query needs more memory than the database gives one query, so it was stopped. Return less (a LIMIT, properties instead of whole nodes), aggregate sooner, or avoid building huge lists and strings.",
    );
  }
  // 504, not 408: browsers silently resend a request answered 408 on a reused connection, so a
  // slow query ran three times and the page waited three timeouts (issue 15).
  if (code.includes("TransactionTimedOut") || /timed out|terminated/i.test(message)) {
    return new ApiError(
      504,
      "query_timeout",
      `The query ran longer than ${Math.round(timeoutMs / 100) / 10} s and was stopped. Narrow the MATCH, add a LIMIT, or ask for fewer neighbours.`,
    );
  }
  if (code === "Neo.ClientError.Statement.AccessMode" || /read access mode|not allowed in read/i.test(message)) {
    return new ApiError(403, "read_only", "This viewer is read-only: queries that write are refused.");
  }
  if (code === "Neo.ClientError.Statement.SyntaxError") {
    // The position travels as its own field (the page shows "Line 2, column 10"): not twice.
    return new ApiError(400, "cypher_syntax", withoutPosition(firstLine(message)), parsePosition(message));
  }
  if (code.startsWith("Neo.ClientError.")) {
    return new ApiError(400, "cypher_error", firstLine(message), parsePosition(message));
  }
  return new ApiError(500, "database_error", `The database failed to answer: ${firstLine(message)}`);
}

/** "… (line 2, column 10 (offset: 26))" → "…". */
export function withoutPosition(message: string): string {
  return message.replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)/, "").trim();
}

function firstLine(message: string): string {
  return message.split("\n")[0]?.trim() || message;
}
