import { describe, expect, it } from "vitest";
import { formatProfile, QueryProfile, queryName } from "./query-profile.js";

describe("queryName", () => {
  it.each([
    [
      "\nUNWIND $rows AS row\nMATCH (a:Article {id: row.id})\nSET a += row.props",
      "MATCH (a:Article {id: row.id}) SET a += row.props",
    ],
    ["UNWIND $ids AS id\n  MATCH (c:Claim)", "MATCH (c:Claim)"],
    ["MATCH (n) RETURN count(n)", "MATCH (n) RETURN count(n)"],
    [`MATCH ${"x".repeat(200)}`, `MATCH ${"x".repeat(104)}`],
  ])("%j → %j", (query, name) => {
    expect(queryName(query)).toBe(name);
  });
});

describe("QueryProfile", () => {
  it("sums calls, time and rows per statement and ranks by time", () => {
    const profile = new QueryProfile();
    profile.add("UNWIND $rows AS row\nCREATE (c:Claim)", 10, 40);
    profile.add("UNWIND $rows AS row\nMERGE (e:Person)", 30, 5);
    profile.add("UNWIND $rows AS row\n CREATE (c:Claim)", 15, 60);
    expect(profile.table()).toEqual([
      { query: "MERGE (e:Person)", calls: 1, ms: 30, rowsIn: 5 },
      { query: "CREATE (c:Claim)", calls: 2, ms: 25, rowsIn: 100 },
    ]);
  });

  it("splits transaction time into statements, the loader's JavaScript and commits", () => {
    const profile = new QueryProfile();
    profile.add("CREATE (c:Claim)", 60, 1);
    profile.add("MERGE (e:Person)", 20, 1);
    profile.transaction(150, 100);
    profile.transaction(50, 30);
    expect(profile.split()).toEqual({
      transactions: 2,
      transactionMs: 200,
      statementsMs: 80,
      betweenMs: 50,
      commitMs: 70,
    });
  });

  it("prints the split and each statement's share of the statements' total", () => {
    const split = { transactions: 2, transactionMs: 6000, statementsMs: 4000, betweenMs: 500, commitMs: 1500 };
    const lines = formatProfile(split, [
      { query: "MERGE (e:Person)", calls: 1, ms: 3000, rowsIn: 5 },
      { query: "CREATE (c:Claim)", calls: 2, ms: 1000, rowsIn: 100 },
    ]);
    expect(lines[0]).toBe(
      "write transactions: 6.0 s in 2 = statements 4.0 s + loader between statements 0.5 s + begin/commit/retries 1.5 s",
    );
    expect(lines[1]).toBe("write statements: 4.0 s in 2 statements");
    expect(lines[2]).toMatch(/^ 75\.0% +3\.0 s +1 calls +5 rows {2}MERGE \(e:Person\)$/);
    expect(lines[3]).toMatch(/^ 25\.0% +1\.0 s +2 calls +100 rows {2}CREATE \(c:Claim\)$/);
  });
});
