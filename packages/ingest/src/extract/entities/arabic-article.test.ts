import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function graph(text: string) {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return {
    entities: g.entities.map((e) => `${e.type}:${e.name}`).sort(),
    speakers: g.claims.map((c) => c.speaker),
  };
}

describe("names with the Arabic article", () => {
  it.each([
    ["Syrian President Bashar al-Assad said the war was over.", ["Organization:Syria", "Person:Bashar al-Assad"]],
    ["The group's leader, Abu Bakr al-Baghdadi, was killed.", ["Person:Abu Bakr al-Baghdadi"]],
    ["Ahmed el-Tayeb, the grand imam, said the attack was a crime.", ["Person:Ahmed el-Tayeb"]],
    ["Ansar al-Sharia claimed the attack.", ["Organization:Ansar al-Sharia"]],
  ])("%s", (text, entities) => {
    expect(graph(text).entities).toEqual(entities);
  });

  it("the surname without its article is the same person", () => {
    const g = graph("Bashar al-Assad said the war was over. Assad added that the rebels had lost.");
    expect(g.entities).toEqual(["Person:Bashar al-Assad"]);
    expect(g.speakers).toEqual(["Bashar al-Assad", "Bashar al-Assad"]);
  });

  it("a lower-case word before a hyphen is no name", () => {
    expect(graph("The al-fresco dinner was cancelled, organisers said.").entities).toEqual([]);
  });
});

describe("an organization word the tagger left out, with the nationality before it", () => {
  it("the Syrian Observatory for Human Rights", () => {
    const text = '"We are not afraid," said Ahmed al-Sharif, a spokesman for the Syrian Observatory for Human Rights.';
    expect(graph(text).entities).toEqual([
      "Organization:Syrian Observatory for Human Rights",
      "Person:Ahmed al-Sharif",
    ]);
  });
});
