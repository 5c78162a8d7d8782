import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.filter((e) => e.kind !== "country")
    .map((e) => `${e.type} ${e.name}`)
    .sort();
}

describe("names joined, typed and split by the words around them (entities-137)", () => {
  it.each([
    [
      "a hometown after a person's name and 'of' is no person",
      "State Rep. Dale Fortunato of Keizer said he would introduce a bill next session.",
      ["Person Dale Fortunato"],
    ],
    [
      "an office's acronym spelling the officer it serves",
      "In a statement, the Office of the U.S. Trade Representative (USTR) said the agreement was strong.",
      ["Organization Office of the U.S. Trade Representative"],
    ],
    [
      "a broadcaster's 'TV' after a name read as a person's, and its short name before it",
      "Al Mamlaka broadcast ten minutes from the trench. The mayor told Al Mamlaka TV that the town had paid.",
      ["Organization Al Mamlaka TV"],
    ],
    [
      "a hospital 'for' what it treats",
      "Dr. Corina Stanescu runs the children's ward at the Victor Babeș Hospital for Infectious Diseases in Timișoara.",
      ["Organization Victor Babeș Hospital for Infectious Diseases", "Person Corina Stanescu"],
    ],
    [
      "a cooperative of fishermen",
      "Manuel Medeiros is president of the Rabo de Peixe Fishermen’s Cooperative, whose 140 boats land fish.",
      ["Organization Rabo de Peixe Fishermen’s Cooperative", "Person Manuel Medeiros"],
    ],
    [
      "a known charity opening a sentence",
      "Nurses are in schools. Save the Children has paid for two mobile teams.",
      ["Organization Save the Children"],
    ],
    [
      "a super PAC's name its appositive types",
      "Forward Together Action, a super PAC supporting Marchetti, raised $11.7 million.",
      ["Organization Forward Together Action", "Person Marchetti"],
    ],
    [
      "an abbreviated title, no sentence's end",
      "The mayor of Kufr Yuba, Eng. Khaled Bani Hani, told reporters the town had paid.",
      ["Person Khaled Bani Hani"],
    ],
    [
      "a trade agreement is no organization",
      "The Senate voted 58-41 on Thursday to approve the Pacific Rim Commerce Agreement, a 12-nation trade deal.",
      ["Organization United States Senate"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it("keeps a place's television a place's ('on Iowa TV')", () => {
    expect(entities("Ted Cruz touted his record in a commercial running on Iowa TV.")).toEqual(["Person Ted Cruz"]);
  });

  it("keeps a person 'of' a person when the article names that one elsewhere", () => {
    expect(entities("Maria Keizer spoke first. Dale Fortunato of Keizer said he agreed.")).toContain(
      "Person Maria Keizer",
    );
  });
});
