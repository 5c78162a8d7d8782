import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../shared/api/contract.js";
import { captionKeys, defaultFilters, labelColour, legendOf, passesFilters, styledCaption, toggle } from "./model.js";

const claim = (id: string, kind: string, outlet: string): GraphNode => ({
  id,
  label: "Claim",
  labels: ["Claim"],
  name: id,
  props: { kind, outlet },
});
const person: GraphNode = { id: "p", label: "Person", labels: ["Person"], name: "P", props: {} };
const article: GraphNode = { id: "a", label: "Article", labels: ["Article"], name: "A", props: { source: "Post" } };

describe("legend and filters", () => {
  it("counts types, claim kinds and outlets on the canvas, most frequent first", () => {
    const legend = legendOf([
      claim("c1", "direct", "Post"),
      claim("c2", "direct", "Times"),
      claim("c3", "mixed", "Post"),
      person,
      article,
    ]);
    expect(legend.labels).toEqual([
      { value: "Claim", count: 3 },
      { value: "Article", count: 1 },
      { value: "Person", count: 1 },
    ]);
    expect(legend.kinds).toEqual([
      { value: "direct", count: 2 },
      { value: "mixed", count: 1 },
    ]);
    expect(legend.outlets).toEqual([
      { value: "Post", count: 3 },
      { value: "Times", count: 1 },
    ]);
  });

  it.each([
    ["a hidden type", { hiddenLabels: ["Claim"] }, claim("c", "direct", "Post"), false],
    ["a hidden kind", { hiddenKinds: ["mixed"] }, claim("c", "mixed", "Post"), false],
    ["a hidden outlet on an article", { hiddenOutlets: ["Post"] }, article, false],
    ["an entity when an outlet is hidden", { hiddenOutlets: ["Post"] }, person, true],
    ["another kind", { hiddenKinds: ["mixed"] }, claim("c", "direct", "Post"), true],
  ])("%s", (_name, change, node, visible) => {
    expect(passesFilters(node, { ...defaultFilters(), ...change })).toBe(visible);
  });

  it("toggles a value in and out of a list", () => {
    expect(toggle(toggle([], "x"), "y")).toEqual(["x", "y"]);
    expect(toggle(["x", "y"], "x")).toEqual(["y"]);
  });
});

describe("per-type style", () => {
  it("lists the properties a caption can show: text or numbers, never internal keys", () => {
    const nodes: GraphNode[] = [
      { id: "x", label: "Person", labels: ["Person"], name: "X", props: { role: "mayor", _lock: "1", age: 40 } },
      { id: "y", label: "Person", labels: ["Person"], name: "Y", props: { aliases: ["Z"], note: " " } },
      article,
    ];
    expect(captionKeys(nodes, "Person")).toEqual(["age", "role"]);
  });

  it.each([
    ["a text value", { role: "mayor" }, "mayor"],
    ["a number", { age: 40 }, "40"],
    ["a blank text falls back", { role: "  " }, null],
    ["a list falls back", { role: ["a"] }, null],
  ])("a caption property holding %s", (_what, props, expected) => {
    const node: GraphNode = { id: "x", label: "Person", labels: ["Person"], name: "X", props };
    const key = Object.keys(props)[0] as string;
    expect(styledCaption(node, { labelStyles: { Person: { caption: key } } })).toBe(expected);
  });

  it("a type's colour is its style's, else the palette's", () => {
    expect(labelColour("Person", { labelStyles: { Person: { colour: "#abcdef" } } })).toBe("#abcdef");
    expect(labelColour("Person", defaultFilters())).toBe(
      labelColour("Person", { labelStyles: { Claim: { colour: "#000000" } } }),
    );
  });
});
