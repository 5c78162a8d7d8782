import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function affiliations(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .affiliations.map((a) => `${a.person} -> ${a.organization}`)
    .sort();
}

const HEAD = "Story\n\nMonday, May 4, 2026\n\n";

describe("affiliations newsdev56 read wrong (rules-167)", () => {
  it.each([
    [
      "'the secretariat’s director, X,' after the National Secretariat",
      `${HEAD}Ecuador's National Secretariat for Risk Management said 14 people had died. Speaking in Portoviejo, the secretariat’s director, Mariela Cedeño Villacís, said 38 people remained in hospital.`,
      ["Mariela Cedeño Villacís -> National Secretariat for Risk Management"],
    ],
    [
      "'X, the movement's leader,' after a party called a movement",
      `${HEAD}The Prosperity Movement won the election. Radek Hořejší, the movement's leader, told supporters that voters wanted change.`,
      ["Radek Hořejší -> Prosperity Movement"],
    ],
    [
      "'the minister for climate, energy and utilities' beside the ministry of that portfolio",
      `${HEAD}The agency will present a new model to the Ministry of Climate, Energy and Utilities. Mikkel Bøgh-Andersen, the minister for climate, energy and utilities, told reporters that Denmark would try again.`,
      ["Mikkel Bøgh-Andersen -> Ministry of Climate, Energy and Utilities"],
    ],
    [
      "an acronym before a title, which the tagger left out",
      `${HEAD}The Nigeria Labour Congress (NLC) called a strike. Speaking in Abuja, NLC President Ibrahim Danladi Yakubu said workers were angry.`,
      ["Ibrahim Danladi Yakubu -> Nigeria Labour Congress"],
    ],
    [
      "'Its spokesperson in Manabí, X,': where the role is held after its head",
      `${HEAD}The Ecuadorian Red Cross said its volunteers had set up shelters. Its spokesperson in Manabí, Jorge Alcívar, told reporters that water was the most urgent need.`,
      ["Jorge Alcívar -> Ecuadorian Red Cross"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(affiliations(text)).toEqual(expected);
  });

  it("'the utility' is the organization whose name says so, not the parent company", () => {
    const text = `${HEAD}Georgia Power, a subsidiary of Atlanta-based Southern Co., asked for a rate increase. A spokesman for the utility, Walter Prine, said the settlement was fair.`;
    expect(affiliations(text)).toContain("Walter Prine -> Georgia Power");
  });
});
