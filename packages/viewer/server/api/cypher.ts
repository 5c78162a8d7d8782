import type { CypherResponse } from "../../src/api/contract.js";
import { checkReadOnly } from "../cypher/guard.js";
import { ApiError } from "../errors.js";
import type { Reader } from "../neo4j/reader.js";
import { GraphCollector, toPlain } from "../neo4j/values.js";

/** 1-based line and column of a 0-based offset. */
export function positionOf(query: string, offset: number): { line: number; column: number; offset: number } {
  const before = query.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, offset };
}

export async function runCypher(
  reader: Reader,
  input: { query: string; params: Record<string, unknown>; limit: number },
): Promise<CypherResponse> {
  const verdict = checkReadOnly(input.query);
  if (!verdict.ok) {
    const status = verdict.code === "multiple_statements" ? 400 : 403;
    throw new ApiError(status, verdict.code, verdict.message, positionOf(input.query.trim(), verdict.offset));
  }
  const queryType = await reader.queryType(verdict.query, input.params);
  if (queryType !== "r") {
    throw new ApiError(
      403,
      "read_only",
      "This viewer is read-only: the database planner says this query writes, so it was not run.",
    );
  }
  const started = performance.now();
  const result = await reader.read(verdict.query, input.params, { maxRows: input.limit });
  const collector = new GraphCollector();
  const rows = result.records.map((record) =>
    record.keys.map((key) => {
      const value = record.get(key);
      collector.add(value);
      return toPlain(value);
    }),
  );
  return {
    columns: result.keys,
    rows,
    graph: collector.graph(),
    truncated: result.truncated,
    limit: input.limit,
    ms: Math.round(performance.now() - started),
  };
}
