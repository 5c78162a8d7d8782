import { describe, expect, it } from "vitest";
import { propertiesFor } from "./cypher-language.js";
import { formatCell } from "./format.js";

const dunn = {
  id: "person:matthew dunn",
  labels: ["Person"],
  properties: { aliases: ["Dunn"], id: "person:matthew dunn", name: "Matthew Dunn" },
};

describe("formatCell", () => {
  it("writes a node as Cypher does, its name first", () => {
    expect(formatCell(dunn)).toBe('(:Person {name: "Matthew Dunn", id: "person:matthew dunn", aliases: ["Dunn"]})');
  });

  it("writes a relationship, with its properties when it has some", () => {
    expect(formatCell({ type: "SAID", properties: {} })).toBe("[:SAID]");
    expect(formatCell({ type: "REPORTED_IN", properties: { start: 3, end: 9 } })).toBe(
      "[:REPORTED_IN {end: 9, start: 3}]",
    );
  });

  it("writes maps, lists, nulls and paths readably", () => {
    expect(formatCell({ kind: "direct", n: 1 })).toBe('{kind: "direct", n: 1}');
    expect(formatCell([1, 2])).toBe("[1, 2]");
    expect(formatCell(null)).toBe("null");
    expect(formatCell({ "odd key": true })).toBe("{`odd key`: true}");
    expect(
      formatCell({
        path: [
          { type: "SAID", properties: {} },
          { type: "ABOUT", properties: {} },
        ],
      }),
    ).toBe("path [:SAID]→[:ABOUT]");
  });

  it("shows a top-level string as it is, and shortens long values", () => {
    expect(formatCell('say "hi"')).toBe('say "hi"');
    expect(formatCell({ text: "x".repeat(200) }, { max: 10 })).toBe(`{text: "${"x".repeat(9)}…"}`);
    expect(formatCell("y".repeat(50), { limit: 10 })).toBe(`${"y".repeat(9)}…`);
  });
});

describe("propertiesFor (completion after `variable.`)", () => {
  const schema = {
    labels: [
      { name: "Person", count: 3, properties: ["_lock", "aliases", "name"] },
      { name: "Claim", count: 4, properties: ["kind", "text"] },
    ],
    relationshipTypes: [{ name: "REPORTED_IN", properties: ["end", "start"] }],
    propertyKeys: ["_lock", "_new", "aliases", "end", "kind", "name", "start", "text"],
  };

  it("offers the properties of the variable's label or relationship type", () => {
    expect(propertiesFor(schema, "MATCH (p:Person) RETURN p.", "p")).toEqual(["aliases", "name"]);
    expect(propertiesFor(schema, "MATCH (c:Claim {kind: 'direct'}) RETURN c.", "c")).toEqual(["kind", "text"]);
    expect(propertiesFor(schema, "MATCH ()-[r:REPORTED_IN]->() RETURN r.", "r")).toEqual(["end", "start"]);
  });

  it("offers every key but the internal ones when the label is unknown", () => {
    expect(propertiesFor(schema, "MATCH (n) RETURN n.", "n")).toEqual([
      "aliases",
      "end",
      "kind",
      "name",
      "start",
      "text",
    ]);
  });
});
