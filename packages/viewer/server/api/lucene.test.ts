import { describe, expect, it } from "vitest";
import { toLucene } from "./lucene.js";

describe("toLucene", () => {
  it.each([
    ["Dunn", "(dunn^3 OR dunn* OR dunn~1^0.5)"],
    ["May", "(may^3 OR may*)"],
    ["  Matthew   Dunn ", "(matthew^3 OR matthew* OR matthew~1^0.5) AND (dunn^3 OR dunn* OR dunn~1^0.5)"],
    ["AT&T", "(at\\&t^3 OR at\\&t*)"],
    ['"quoted" (x)', '(\\"quoted\\"^3 OR \\"quoted\\"*) AND (\\(x\\)^3 OR \\(x\\)*)'],
    ["Carvn", "(carvn^3 OR carvn* OR carvn~1^0.5)"],
    ["trump AND putin", "(trump^3 OR trump* OR trump~1^0.5) AND (putin^3 OR putin* OR putin~1^0.5)"],
  ])("%s", (input, expected) => {
    expect(toLucene(input)).toBe(expected);
  });

  it("gives nothing to search for blank or operator-only text", () => {
    expect(toLucene("   ")).toBeNull();
    expect(toLucene("OR and")).toBeNull();
  });
});
