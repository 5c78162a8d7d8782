import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function pairs(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .affiliations.map((a) => `${a.person} — ${a.organization}`)
    .sort();
}

// rules-109 (party-notation.ts `partyInBrackets`, affiliations.ts `stateChamber`)
describe("a party in brackets after a name", () => {
  it.each([
    [
      "American notation with a district",
      "Senator Lucia Benavides (D-Tucson) said no.",
      "Lucia Benavides — Democratic Party",
    ],
    [
      "American notation with a state's abbreviation",
      "Sen. John McCain (R-Ariz.) said no.",
      "John McCain — Republican Party",
    ],
    [
      "an acronym the article defines",
      "The bill, presented by Labour Minister Jörg Wiesenthal-Kröger (CDU), would raise the age. The Christian Democratic Union (CDU) backed it.",
      "Jörg Wiesenthal-Kröger — Christian Democratic Union",
    ],
  ])("%s", (_, text, pair) => {
    expect(pairs(text)).toContain(pair);
  });

  it("an independent's letter names no party", () => {
    expect(pairs("Sen. Bernie Sanders (I-Vt.) said no.").some((p) => / Party$/.test(p))).toBe(false);
  });

  it("a bracket after a name holding no party adds none", () => {
    expect(pairs("Ana Souza (pictured) said no.")).toEqual([]);
  });
});

describe("a bare member's title in a story of one state chamber", () => {
  it("sits the senator in the state's senate", () => {
    expect(
      pairs("The Arizona State Senate voted 18–12 on Wednesday. Senator Lucia Benavides said wells had dropped."),
    ).toEqual(["Lucia Benavides — Arizona State Senate"]);
  });

  it("leaves the United States Senate where the story names it too", () => {
    expect(
      pairs("The Missouri Senate voted. The U.S. Senate did not. Senator Ted Cruz said the vote was wrong."),
    ).not.toContain("Ted Cruz — Missouri Senate");
  });
});
