import { describe, expect, it } from "vitest";
import { entityAliases, SET_ALIASES_FROM_MENTIONS, setEntityAliases } from "./aliases.js";

describe("an entity's aliases and search text", () => {
  it.each([
    ["no other form", "Donald Trump", ["Donald Trump"], [], "Donald Trump"],
    [
      "forms deduplicated, the name left out",
      "Donald Trump",
      ["Trump", "Donald Trump", "Trump"],
      ["Trump"],
      "Donald Trump | Trump",
    ],
    [
      "sorted by code unit (capitals first)",
      "IBM",
      ["ibm", "IBM Corp.", "Big Blue"],
      ["Big Blue", "IBM Corp.", "ibm"],
      "IBM | Big Blue | IBM Corp. | ibm",
    ],
  ])("%s", (_name, name, forms, aliases, searchText) => {
    expect(entityAliases(name, forms)).toEqual({ aliases, searchText });
  });

  it("says the same in Cypher: distinct forms but the name, sorted, joined with ' | '", () => {
    const cypher = setEntityAliases("e, row", "UNWIND e.aliases + row.forms AS form");
    expect(cypher).toContain(
      "CALL (e, row) {\n  UNWIND e.aliases + row.forms AS form\n  WITH DISTINCT form WHERE form <> e.name",
    );
    expect(cypher).toContain("ORDER BY form");
    expect(cypher).toContain("reduce(s = e.name, a IN aliases | s + ' | ' + a)");
    expect(SET_ALIASES_FROM_MENTIONS).toContain("OPTIONAL MATCH (e)-[m:MENTIONED_IN]->()");
  });
});
