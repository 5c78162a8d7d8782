import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.filter((e) => e.kind !== "country")
    .map((e) => `${e.type} ${e.name}`)
    .sort();
}

describe("names newsdev49 read wrong (entities-161)", () => {
  it.each([
    [
      "a name of two words before ', which', and its blended short name before and after",
      "Ferries\n\nCalMac said the fault was mechanical. Caledonian MacBrayne (CalMac), which runs the island ferries, said a new vessel would come.",
      ["Organization Caledonian MacBrayne"],
    ],
    [
      "a women's cooperative whose second piece the tagger read as a person's",
      "Argan\n\nFatima Ait Ali is president of the Tagmoute Women's Argan Cooperative, which has 60 members.",
      ["Organization Tagmoute Women's Argan Cooperative", "Person Fatima Ait Ali"],
    ],
    [
      "a Vietnamese family name with diacritics opening a sentence",
      "Rice\n\nLâm Quốc Bảo, 47, grows rice near Long Xuyên.",
      ["Person Lâm Quốc Bảo"],
    ],
    [
      "a university named for its city, the city's first word a modal",
      "Rice\n\nA researcher at Can Tho University said yields fell.",
      ["Organization Can Tho University"],
    ],
    [
      "a company named without its legal form before it is named with it",
      "Power\n\nWe buy through Hvalur Orka, which buys power from the grid. A spokesman for Hvalur Orka hf. said the price was fair.",
      ["Organization Hvalur Orka hf"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it.each([
    ["a person before ', who'", "Visit\n\nMaria Ruiz, who runs the clinic, said it would close.", "Person Maria Ruiz"],
  ])("keeps %s", (_name, text, kept) => {
    expect(entities(text)).toContain(kept);
  });
});
