/**
 * The decisive check on Cypher from the browser: the planner's own plan (from EXPLAIN, which runs
 * nothing). Whatever the text looked like — escapes, odd whitespace, comments, subqueries — a query
 * that would load a file, call a procedure outside the allowed list, show settings or transactions,
 * or write, has a plan operator that says so.
 */
import { ALLOWED_PROCEDURES, ALLOWED_SHOW_OPERATORS, FORBIDDEN_OPERATOR } from "./policy.js";

/** The part of a driver plan this check reads (neo4j-driver's `Plan`). */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

export type PlanVerdict = { ok: true } | { ok: false; code: "read_only" | "forbidden_clause"; message: string };

/** "LoadCSV@neo4j" → "LoadCSV". */
export function operatorName(operatorType: string): string {
  return operatorType.split("@")[0] ?? operatorType;
}

/** The procedure a ProcedureCall operator calls, from its details ("db.labels() :: (label :: STRING)"). */
export function procedureOf(plan: PlanNode): string {
  const details = plan.arguments?.Details ?? plan.arguments?.Signature ?? "";
  const text = typeof details === "string" ? details : String(details);
  return (/^\s*([^\s(]+)\s*\(/.exec(text)?.[1] ?? text).trim();
}

export function checkPlan(plan: PlanNode, queryType: string): PlanVerdict {
  if (queryType !== "r") {
    return {
      ok: false,
      code: "read_only",
      message:
        "This viewer is read-only: the database planner says this query writes or administers, so it was not run.",
    };
  }
  const pending: PlanNode[] = [plan];
  while (pending.length > 0) {
    const node = pending.pop() as PlanNode;
    const name = operatorName(node.operatorType);
    if (name === "ProcedureCall") {
      const procedure = procedureOf(node);
      if (!ALLOWED_PROCEDURES.has(procedure.toLowerCase())) {
        return {
          ok: false,
          code: "forbidden_clause",
          message: `The procedure ${procedure || "(unnamed)"} is not available in the viewer. Available: ${[...ALLOWED_PROCEDURES].join(", ")}.`,
        };
      }
    } else if (name.startsWith("Show") ? !ALLOWED_SHOW_OPERATORS.has(name) : FORBIDDEN_OPERATOR.test(name)) {
      return {
        ok: false,
        code: name === "LoadCSV" || name.startsWith("Show") ? "forbidden_clause" : "read_only",
        message:
          name === "LoadCSV"
            ? "LOAD CSV is not available in the viewer: it reads files and web addresses."
            : `This viewer only reads the graph: the query's plan has a ${name} step, so it was not run.`,
      };
    }
    pending.push(...(node.children ?? []));
  }
  return { ok: true };
}
