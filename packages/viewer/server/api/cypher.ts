import type { CypherResponse } from "../../shared/api/contract.js";
import { checkReadOnly } from "../cypher/guard.js";
import type { CypherRunner } from "../cypher/runner.js";
import { ApiError } from "../errors.js";

/** 1-based line and column of a 0-based offset. */
export function positionOf(query: string, offset: number): { line: number; column: number; offset: number } {
  const before = query.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, offset };
}

export interface CypherLimits {
  timeoutMs: number;
  maxBytes: number;
}

/**
 * User Cypher: the text guard first (clear, early messages), then the worker, which checks the
 * planner's plan before it runs anything (cypher/plan.ts) and caps rows, bytes and time.
 */
export async function runCypher(
  runner: CypherRunner,
  input: { query: string; params: Record<string, unknown>; limit: number },
  limits: CypherLimits,
  signal?: AbortSignal,
): Promise<CypherResponse> {
  const verdict = checkReadOnly(input.query);
  if (!verdict.ok) {
    const status = verdict.code === "multiple_statements" ? 400 : 403;
    throw new ApiError(status, verdict.code, verdict.message, positionOf(input.query.trim(), verdict.offset));
  }
  return runner.run(
    {
      query: verdict.query,
      params: input.params,
      limit: input.limit,
      timeoutMs: limits.timeoutMs,
      maxBytes: limits.maxBytes,
    },
    signal,
  );
}
