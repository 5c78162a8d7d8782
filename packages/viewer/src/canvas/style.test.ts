import { describe, expect, it } from "vitest";
import { isLargeGraph, LARGE_GRAPH, stylesheet } from "./style.js";

type Rule = { selector: string; style: Record<string, unknown> };

/** The value a selector ends up with for a property: later rules win, as in Cytoscape. */
function finalValue(rules: Rule[], selector: string, property: string): unknown {
  let value: unknown;
  for (const rule of rules) if (rule.selector === selector && property in rule.style) value = rule.style[property];
  return value;
}

describe("stylesheet", () => {
  it.each([
    [0, false],
    [LARGE_GRAPH - 1, false],
    [LARGE_GRAPH, false],
    [LARGE_GRAPH + 1, true],
    [5_000, true],
  ])("counts %i elements as large: %s", (elements, large) => {
    expect(isLargeGraph(elements)).toBe(large);
  });

  it("leaves the normal look exactly as it was when the graph is small", () => {
    expect(stylesheet({ large: false })).toEqual(stylesheet());
  });

  it.each([
    ["edge", "curve-style", "bezier", "haystack"],
    ["edge", "target-arrow-shape", "triangle", "none"],
    ["node", "min-zoomed-font-size", 7, 12],
    ["node", "text-outline-width", 2, 0],
    ['node[label = "Claim"]', "label", undefined, ""],
  ])("%s %s: %s when small, %s when large", (selector, property, small, large) => {
    expect(finalValue(stylesheet() as Rule[], selector, property)).toBe(small);
    expect(finalValue(stylesheet({ large: true }) as Rule[], selector, property)).toBe(large);
  });

  it("keeps colours, shapes and sizes from the data when large", () => {
    const small = stylesheet() as Rule[];
    const large = stylesheet({ large: true }) as Rule[];
    expect(large.slice(0, small.length)).toEqual(small);
    for (const property of ["background-color", "width", "height", "label"]) {
      expect(finalValue(large, "node", property)).toBe(finalValue(small, "node", property));
    }
  });
});
