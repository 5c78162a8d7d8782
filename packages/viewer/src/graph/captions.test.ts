import { describe, expect, it } from "vitest";
import type { GraphPayload } from "../../shared/api/contract.js";
import { defaultFilters } from "../filters/model.js";
import { emptyGraph } from "./model.js";
import { addGraph } from "./reducers.js";
import { claimCaption, viewElements } from "./view.js";

const TEXT = "the Five Eyes alliance would survive, but that Trump had made its members nervous";

describe("claimCaption", () => {
  it("keeps a short text whole", () => {
    expect(claimCaption("I have the right")).toBe("I have the right");
  });

  it("cuts a long text after a whole word, well past 22 characters", () => {
    const caption = claimCaption(TEXT);
    expect(caption).toBe("the Five Eyes alliance would survive, but that Trump had made its…");
    expect(caption.length).toBeLessThanOrEqual(72);
  });

  it("cuts a text without spaces at the limit", () => {
    expect(claimCaption("x".repeat(100), 10)).toBe(`${"x".repeat(9)}…`);
  });
});

describe("view node captions and tooltips", () => {
  const payload: GraphPayload = {
    nodes: [
      { id: "p", label: "Person", labels: ["Person"], name: "Stephanie Carvin", props: {} },
      { id: "o", label: "Organization", labels: ["Organization"], name: "Five Eyes", props: {} },
      { id: "c", label: "Claim", labels: ["Claim"], name: TEXT.slice(0, 20), props: { text: TEXT } },
    ],
    edges: [
      { id: "s", source: "p", target: "c", type: "SAID", props: {} },
      { id: "a", source: "c", target: "o", type: "ABOUT", props: {} },
    ],
  };
  const view = viewElements(addGraph(emptyGraph(), payload), defaultFilters());
  const byId = (id: string) => view.nodes.find((n) => n.id === id);

  it("captions a claim from its whole text and an entity by its name", () => {
    expect(byId("c")?.caption).toBe(claimCaption(TEXT));
    expect(byId("p")?.caption).toBe("Stephanie Carvin");
  });

  it("gives a claim's tooltip its whole text, its speaker and its target", () => {
    expect(byId("c")?.detail).toBe(`${TEXT}\n— Stephanie Carvin about Five Eyes`);
    expect(byId("o")?.detail).toBe("Five Eyes · Organization");
  });
});

describe("the style panel's per-type style on the view", () => {
  const payload: GraphPayload = {
    nodes: [
      { id: "p", label: "Person", labels: ["Person"], name: "Stephanie Carvin", props: { role: "professor" } },
      { id: "q", label: "Person", labels: ["Person"], name: "Matthew Dunn", props: {} },
      { id: "o", label: "Organization", labels: ["Organization"], name: "Five Eyes", props: { kind: "alliance" } },
    ],
    edges: [],
  };
  const graph = addGraph(emptyGraph(), payload);
  const plain = viewElements(graph, defaultFilters());
  const styled = viewElements(graph, {
    ...defaultFilters(),
    labelStyles: { Person: { colour: "#112233", scale: 2, caption: "role" } },
  });
  const node = (view: typeof plain, id: string) => view.nodes.find((n) => n.id === id);

  it.each([
    ["a styled type takes its colour", "p", "colour", "#112233"],
    ["its caption property where a node has it", "p", "caption", "professor"],
    ["its name where the node lacks the property", "q", "caption", "Matthew Dunn"],
    ["another type keeps the palette's colour", "o", "colour", node(plain, "o")?.colour],
    ["and its name", "o", "caption", "Five Eyes"],
  ] as const)("%s", (_what, id, field, expected) => {
    expect(node(styled, id)?.[field]).toBe(expected);
  });

  it("scales the size of a styled type only", () => {
    expect(node(styled, "p")?.size).toBe(Math.round((node(plain, "p")?.size ?? 0) * 2));
    expect(node(styled, "o")?.size).toBe(node(plain, "o")?.size);
  });

  it("colours by claim kind or outlet still win over a type's colour", () => {
    const byKind = viewElements(graph, {
      ...defaultFilters(),
      colourBy: "kind",
      labelStyles: { Person: { colour: "#112233" } },
    });
    expect(node(byKind, "p")?.colour).toBe("#112233"); // a person has no kind: its type colour
  });
});
