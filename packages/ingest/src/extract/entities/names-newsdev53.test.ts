import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.filter((e) => e.kind !== "country")
    .map((e) => `${e.type} ${e.name}`)
    .sort();
}

describe("names newsdev53 read wrong (entities-165)", () => {
  it.each([
    [
      "a country's branch of a body whose plural's apostrophe the tagger's piece left out",
      "Cocoa\n\nMonday, May 4, 2026\n\nNana Kofi Adjei, chairman of the Cocoa Farmers' Alliance of Ghana, said the new price was fair.",
      ["Organization Cocoa Farmers' Alliance of Ghana", "Person Kofi Adjei"],
    ],
    [
      "a fire service's colonel",
      "Samos\n\nMonday, May 4, 2026\n\nThe fire service said it was fighting the blaze. Its spokesperson, Fire Colonel Dimitris Kalogeropoulos, told the state broadcaster ERT that the fire front had split.",
      ["Organization Hellenic Broadcasting Corporation", "Person Dimitris Kalogeropoulos"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});
