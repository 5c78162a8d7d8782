import { describe, expect, it } from "vitest";
import { checkReadOnly } from "./guard.js";
import { CYPHER_WHITESPACE } from "./lexical.js";

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
    ["label and type named like clauses", "MATCH (n:Set)-[:DELETE]->(m) RETURN n, $create AS c", true],
    ["two statements", "MATCH (n) RETURN n; MATCH (m) RETURN m", "multiple_statements"],
    ["two statements behind an escape", "RETURN 1\\u003b MATCH (m) DETACH DELETE m", "multiple_statements"],
    ["load csv", "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", "forbidden_clause"],
    [
      "load csv with headers in a subquery",
      "CALL { LOAD CSV WITH HEADERS FROM 'http://127.0.0.1/' AS r RETURN r } RETURN r",
      "forbidden_clause",
    ],
    ["load csv behind a \\u escape", "LOAD\\u0020CSV FROM 'file:///etc/passwd' AS l RETURN l", "forbidden_clause"],
    ["load written as escapes", "\\u004c\\u004f\\u0041\\u0044 CSV FROM 'file:///x' AS l RETURN l", "forbidden_clause"],
    ["load csv split by a comment", "LOAD/* x */CSV FROM 'file:///etc/passwd' AS l RETURN l", "forbidden_clause"],
    ["load csv split by a line comment", "LOAD// x\nCSV FROM 'file:///etc/passwd' AS l RETURN l", "forbidden_clause"],
    ["dbms procedure", "CALL dbms.killQueries(['x'])", "forbidden_clause"],
    ["dbms procedure with spaces in its name", "CALL dbms . listConfig()", "forbidden_clause"],
    ["dbms procedure after a line comment", "cALL// x\ndbms.listConfig() YIELD name RETURN name", "forbidden_clause"],
    ["an allowed procedure", "CALL db.labels() YIELD label RETURN label", true],
    ["a subquery is not a procedure", "MATCH (n) CALL (n) { RETURN n.name AS name } RETURN name", true],
    ["drop index", "DROP INDEX claimgraph_search", "read_only"],
    ["show settings", "SHOW SETTINGS", "forbidden_clause"],
    ["show settings in U+001F", "SHOW\u001FSETTINGS", "forbidden_clause"],
    ["show transactions", "SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery", "forbidden_clause"],
    ["show current user", "SHOW CURRENT USER", "forbidden_clause"],
    ["show indexes", "SHOW INDEXES", true],
    ["show range indexes", "SHOW RANGE INDEXES YIELD name RETURN name", true],
    ["show built in functions", "SHOW BUILT IN FUNCTIONS", true],
    ["terminate transactions", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "read_only"],
    ["use another database", "USE system MATCH (n) RETURN n", "forbidden_clause"],
    ["call in transactions", "MATCH (n) CALL (n) { RETURN 1 AS x } IN TRANSACTIONS RETURN x", "forbidden_clause"],
    ["periodic commit", "USING PERIODIC COMMIT LOAD CSV FROM 'file:///x' AS l RETURN l", "forbidden_clause"],
  ];
  it.each(cases)("%s", (_name, query, expected) => {
    const verdict = checkReadOnly(query);
    if (expected === true) expect(verdict).toMatchObject({ ok: true });
    else expect(verdict).toMatchObject({ ok: false, code: expected });
  });

  it.each([...CYPHER_WHITESPACE].map((char) => [`U+${char.charCodeAt(0).toString(16).padStart(4, "0")}`, char]))(
    "refuses LOAD CSV separated by %s",
    (_name, char) => {
      expect(checkReadOnly(`LOAD${char}CSV FROM "file:///etc/passwd" AS r RETURN r LIMIT 3`)).toMatchObject({
        ok: false,
        code: "forbidden_clause",
      });
      expect(checkReadOnly(`MATCH (n)${char}SET n.x = 1`)).toMatchObject({ ok: false, code: "read_only" });
    },
  );

  it("points at the offending clause, in the query as written", () => {
    const verdict = checkReadOnly("MATCH (n)\nSET n.x = 1");
    expect(verdict.ok ? -1 : verdict.offset).toBe(10);
    const escaped = checkReadOnly("RETURN '\\u0041' AS a\\u000aLOAD CSV FROM 'x' AS r RETURN r");
    expect(escaped.ok ? -1 : escaped.offset).toBe(26);
  });
});
