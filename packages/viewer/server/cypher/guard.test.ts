import { describe, expect, it } from "vitest";
import { checkReadOnly } from "./guard.js";
import { blankLiterals } from "./lexical.js";

describe("checkReadOnly", () => {
  const cases: Array<[string, string, true | string]> = [
    ["plain read", "MATCH (n:Person) RETURN n LIMIT 5", true],
    ["trailing semicolon", "MATCH (n) RETURN n;", true],
    ["create", "CREATE (n:Person {name: 'x'})", "read_only"],
    ["merge lower case", "match (a) merge (a)-[:X]->(b)", "read_only"],
    ["set after match", "MATCH (n) SET n.x = 1", "read_only"],
    ["detach delete", "MATCH (n) DETACH DELETE n", "read_only"],
    ["word inside a string", "MATCH (c:Claim) WHERE c.text CONTAINS 'create a set' RETURN c", true],
    ["word in a comment", "// delete nothing\nMATCH (n) RETURN n", true],
    ["property named set", "MATCH (n) RETURN n.set, {delete: 1}", true],
    ["two statements", "MATCH (n) RETURN n; MATCH (m) RETURN m", "multiple_statements"],
    ["load csv", "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", "forbidden_clause"],
    ["dbms procedure", "CALL dbms.killQueries(['x'])", "forbidden_clause"],
    ["drop index", "DROP INDEX claimgraph_search", "read_only"],
  ];
  it.each(cases)("%s", (_name, query, expected) => {
    const verdict = checkReadOnly(query);
    if (expected === true) expect(verdict).toMatchObject({ ok: true });
    else expect(verdict).toMatchObject({ ok: false, code: expected });
  });

  it("points at the offending clause", () => {
    const verdict = checkReadOnly("MATCH (n)\nSET n.x = 1");
    expect(verdict.ok ? -1 : verdict.offset).toBe(10);
  });
});

describe("blankLiterals", () => {
  it("keeps length and blanks strings and comments", () => {
    const query = "RETURN 'a;b' /* ; */ // x\n, \"c\"";
    const bare = blankLiterals(query);
    expect(bare).toHaveLength(query.length);
    expect(bare).not.toContain(";");
    expect(bare.startsWith("RETURN '")).toBe(true);
  });
});
