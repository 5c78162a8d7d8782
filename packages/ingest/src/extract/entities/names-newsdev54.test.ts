import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.filter((e) => e.kind !== "country")
    .map((e) => `${e.type} ${e.name}`)
    .sort();
}

describe("names newsdev54 read wrong (entities-166)", () => {
  it.each([
    [
      "a law firm whose first partner the tagger left untagged",
      "Indicted\n\nMonday, May 4, 2026\n\nIn a statement, Kolodny’s lawyer, Mitchell Strand of the Philadelphia firm Strand & Loeffler, said his client would plead not guilty.",
      ["Organization Strand & Loeffler", "Person Kolodny", "Person Mitchell Strand"],
    ],
    [
      "a drug company whose last word is 'Biologics'",
      "Stocks\n\nMonday, May 4, 2026\n\nHe also sold between $15,001 and $50,000 of shares in a competitor, Corvane Biologics, the same week.",
      ["Organization Corvane Biologics"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});
