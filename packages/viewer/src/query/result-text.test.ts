import { describe, expect, it } from "vitest";
import { resultAsCsv, resultAsJson, resultAsText, TEXT_CELL_MAX } from "./result-text.js";

const dunn = { id: "person:matthew dunn", labels: ["Person"], properties: { name: "Matthew Dunn" } };
const said = { type: "SAID", properties: {} };

describe("resultAsText", () => {
  it("boxes the columns, each as wide as its longest cell, nodes and relationships as Cypher writes them", () => {
    expect(
      resultAsText({
        columns: ["p", "r", "n"],
        rows: [
          [dunn, said, 3],
          [null, said, 12],
        ],
      }),
    ).toBe(
      [
        "╒════════════════════════════════╤═══════╤══╕",
        "│p                               │r      │n │",
        "╞════════════════════════════════╪═══════╪══╡",
        '│(:Person {name: "Matthew Dunn"})│[:SAID]│3 │',
        "│null                            │[:SAID]│12│",
        "╘════════════════════════════════╧═══════╧══╛",
      ].join("\n"),
    );
  });

  it.each([
    ["a long string is cut", "x".repeat(500), TEXT_CELL_MAX],
    ["a line break stays on one line", "two\nlines", "two lines".length],
  ])("%s", (_what, value, width) => {
    const lines = resultAsText({ columns: ["v"], rows: [[value]] }).split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[3]?.length).toBe(width + 2);
  });

  it("an empty result is its header", () => {
    expect(resultAsText({ columns: ["n"], rows: [] }).split("\n")).toHaveLength(4);
  });
});

describe("resultAsJson", () => {
  it("one object per row keyed by column, values as they came", () => {
    expect(JSON.parse(resultAsJson({ columns: ["p", "n"], rows: [[dunn, 3], [null]] }))).toEqual([
      { p: dunn, n: 3 },
      { p: null, n: null },
    ]);
  });
});

describe("resultAsCsv", () => {
  it("quotes what needs quoting and never starts a cell with a formula", () => {
    expect(
      resultAsCsv({
        columns: ["name", "note"],
        rows: [
          ["Dunn, M.", "=HYPERLINK(1)"],
          [dunn, 'say "hi"'],
        ],
      }),
    ).toBe(
      ["name,note", '"Dunn, M.",\'=HYPERLINK(1)', '"(:Person {name: ""Matthew Dunn""})","say ""hi"""'].join("\r\n"),
    );
  });
});
