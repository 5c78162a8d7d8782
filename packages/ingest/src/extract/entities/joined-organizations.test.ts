import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

/** The people and organizations a sentence makes, as "P:name" / "O:name". */
function entities(text: string): string[] {
  return extractDocument({ id: "t", text: `Headline\n\n${text}`, origin: "t", format: "text" }).entities.map(
    (e) => `${e.type[0]}:${e.name}`,
  );
}

describe("organizations the tagger cut in two, joined again", () => {
  it.each([
    [
      "a head, 'for the', a name",
      "Marloes ter Horst, a member of the board of the Dutch Authority for the Financial Markets, said the fine was fair.",
      ["O:Dutch Authority for the Financial Markets", "P:Marloes ter Horst"],
    ],
    [
      "a head, 'for the', a name with 'and' and 'of' inside",
      "Lam Wai-ming, a member of the Democratic Alliance for the Betterment and Progress of Hong Kong, said the district could not wait.",
      ["P:Lam Wai-ming", "O:Democratic Alliance for the Betterment and Progress of Hong Kong"],
    ],
    [
      "an advocacy group's plural opener and 'for'",
      "The group Parents for Harlan Creek Schools opposed the plan.",
      ["O:Parents for Harlan Creek Schools"],
    ],
    [
      "names joined by '&', three words or more",
      "Andrés Felipe Quintero, a partner at the law firm Quintero & Vélez Abogados, said his client was innocent.",
      ["P:Andrés Felipe Quintero", "O:Quintero & Vélez Abogados"],
    ],
    [
      "a person after an organization's 'of' stays apart",
      "Thomas Covert, a fellow at the Institute of Jane Goodall Studies, said it was fine.",
      ["P:Thomas Covert", "O:Institute of Jane Goodall Studies"],
    ],
    [
      "a day after 'on' ends the name",
      "The Bank of Ghana on Monday barred Volta Mobile from signing up new customers.",
      ["O:Bank of Ghana", "O:Volta Mobile"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text).sort()).toEqual([...expected].sort());
  });
});

describe("titles and particles around a name", () => {
  it.each([
    [
      // (Ghana is reported: the minister's affiliation uses it, and a country is reported when one does)
      "a minister's portfolio names nobody",
      "Ghana’s Minister for Communications, Yaw Darko Ofori, said he supported the decision.",
      ["P:Yaw Darko Ofori", "O:Ghana"],
    ],
    [
      "a chief executive's organization after 'of' is one",
      "Donald Trump is on solid ground, Carly Fiorina said. But, the former CEO of Hewlett-Packard added, it is not the way to win.",
      ["P:Donald Trump", "P:Carly Fiorina", "O:Hewlett-Packard"],
    ],
    ["a Dutch particle inside a name", "Marloes ter Horst said the fine was fair.", ["P:Marloes ter Horst"]],
    [
      "a capitalised particle after a given name",
      "Wout Van Steenkiste said the riders were in shock.",
      ["P:Wout Van Steenkiste"],
    ],
    [
      "a known party, a member's title, then the person",
      "Fianna Fáil TD Pádraig Ó Conghaile said the seat was safe.",
      ["O:Fianna Fáil", "P:Pádraig Ó Conghaile"],
    ],
    [
      "a title's office is an organization",
      "Chatchai Boonyarit, a spokesman for the Prime Minister’s Office, said the government respected the ruling.",
      ["P:Chatchai Boonyarit", "O:Prime Minister’s Office"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text).sort()).toEqual([...expected].sort());
  });
});

describe("names that are no one's: places and publications", () => {
  it.each([
    [
      "a newspaper the tagger read as a person, by its last word",
      "The Harlan Creek Ledger reported on Sunday that the district had told its contractor to prepare.",
      ["O:Harlan Creek Ledger"],
    ],
    ["a province is a place", "Studios in Quebec get generous tax credits, said Anna Berg.", ["P:Anna Berg"]],
    [
      "a name after 'department of' is a place everywhere in the article",
      "Cárdenas Rojas governed the eastern department of Meta. The former Meta governor denied it, said Luisa Ospina.",
      ["P:Cárdenas Rojas", "P:Luisa Ospina"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text).sort()).toEqual([...expected].sort());
  });
});
