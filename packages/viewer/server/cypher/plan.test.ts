import { describe, expect, it } from "vitest";
import { checkPlan, operatorName, type PlanNode, procedureOf } from "./plan.js";

const op = (operatorType: string, children: PlanNode[] = [], details?: string): PlanNode => ({
  operatorType: `${operatorType}@neo4j`,
  arguments: details === undefined ? {} : { Details: details },
  children,
});
const results = (...children: PlanNode[]) => op("ProduceResults", children);

describe("checkPlan", () => {
  const cases: Array<[string, PlanNode, string, true | string]> = [
    ["a scan", results(op("Limit", [op("AllNodesScan")])), "r", true],
    ["expand and sort", results(op("Sort", [op("Expand(All)", [op("NodeByLabelScan")])])), "r", true],
    [
      "LOAD CSV deep in a subquery",
      results(op("Apply", [op("Argument"), op("Limit", [op("LoadCSV")])])),
      "r",
      "forbidden_clause",
    ],
    ["SHOW SETTINGS (planned as a read)", results(op("ShowSettings")), "r", "forbidden_clause"],
    ["SHOW TRANSACTIONS", results(op("ShowTransactions")), "r", "forbidden_clause"],
    ["SHOW INDEXES", results(op("ShowIndexes")), "r", true],
    ["TERMINATE TRANSACTIONS (planned as a read)", results(op("TerminateTransactions")), "r", "read_only"],
    ["CALL IN TRANSACTIONS", results(op("TransactionApply", [op("AllNodesScan")])), "r", "read_only"],
    ["a write the query type missed", results(op("SetProperty", [op("AllNodesScan")])), "r", "read_only"],
    ["a locking merge", results(op("LockingMerge")), "r", "read_only"],
    ["a query type that writes", results(op("Create")), "w", "read_only"],
    [
      "a schema query type",
      results(op("ProcedureCall", [], "dbms.components() :: (name :: STRING)")),
      "s",
      "read_only",
    ],
    ["an allowed procedure", results(op("ProcedureCall", [], "db.labels() :: (label :: STRING)")), "r", true],
    [
      "the full-text index",
      results(op("ProcedureCall", [], "db.index.fulltext.queryNodes($a, $b) :: (node :: NODE, score :: FLOAT)")),
      "r",
      true,
    ],
    [
      "a read procedure outside the list",
      results(op("ProcedureCall", [], "db.ping() :: (success :: BOOLEAN)")),
      "r",
      "forbidden_clause",
    ],
    ["administration", op("AdministrationCommand"), "r", "read_only"],
  ];
  it.each(cases)("%s", (_name, plan, queryType, expected) => {
    const verdict = checkPlan(plan, queryType);
    if (expected === true) expect(verdict).toEqual({ ok: true });
    else expect(verdict).toMatchObject({ ok: false, code: expected });
  });
});

describe("plan details", () => {
  it.each([
    ["LoadCSV@neo4j", "LoadCSV"],
    ["Expand(All)@neo4j", "Expand(All)"],
    ["ProduceResults", "ProduceResults"],
  ])("operator %s is %s", (type, name) => {
    expect(operatorName(type)).toBe(name);
  });

  it("reads the procedure name from its signature", () => {
    expect(procedureOf(op("ProcedureCall", [], "db.schema.visualization() :: (nodes :: LIST<NODE>)"))).toBe(
      "db.schema.visualization",
    );
    expect(procedureOf(op("ProcedureCall"))).toBe("");
  });
});
