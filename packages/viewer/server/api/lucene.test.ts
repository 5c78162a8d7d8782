import { describe, expect, it } from "vitest";
import { toLucene } from "./lucene.js";

describe("toLucene", () => {
  it.each([
    ["Dunn", "(dunn^3 OR dunn*)"],
    ["  Matthew   Dunn ", "(matthew^3 OR matthew*) AND (dunn^3 OR dunn*)"],
    ["AT&T", "(at\\&t^3 OR at\\&t*)"],
    ['"quoted" (x)', '(\\"quoted\\"^3 OR \\"quoted\\"*) AND (\\(x\\)^3 OR \\(x\\)*)'],
    ["trump AND putin", "(trump^3 OR trump*) AND (putin^3 OR putin*)"],
  ])("%s", (input, expected) => {
    expect(toLucene(input)).toBe(expected);
  });

  it("gives nothing to search for blank or operator-only text", () => {
    expect(toLucene("   ")).toBeNull();
    expect(toLucene("OR and")).toBeNull();
  });
});
