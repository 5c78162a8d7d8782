import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.filter((e) => e.kind !== "country")
    .map((e) => `${e.type} ${e.name}`)
    .sort();
}

describe("names newsdev47 read wrong (entities-159)", () => {
  it.each([
    [
      "the holder of a role for a described organization, not the organization's name",
      "Plant closes\n\nThe Farrow Valley Steel union called a strike against Ostrander Mills. A spokesman for the union, Kevin Mulrooney, said talks had failed.",
      ["Organization Farrow Valley Steel", "Organization Ostrander Mills", "Person Kevin Mulrooney"],
    ],
    [
      "a committee 'on' a plural's possessive portfolio",
      "Hearing set\n\nRep. Dana Whitcombe, a member of the House Committee on Veterans' Affairs, asked for a hearing.",
      ["Organization House Committee on Veterans' Affairs", "Person Dana Whitcombe"],
    ],
    [
      "a department named with the plural's apostrophe",
      "Review\n\nThe Department of Veterans' Affairs said it would review the Ministry of Workers’ Affairs report.",
      ["Organization Department of Veterans Affairs", "Organization Ministry of Workers’ Affairs"],
    ],
    [
      "a newspaper after 'told', with its own 'The'",
      "Water order\n\nState Sen. Curt Lindgren told The Oregonian the order was unfair.",
      ["Organization The Oregonian", "Person Curt Lindgren"],
    ],
    [
      "a paper after 'a statement to', not a day or a place",
      "Cranes\n\nThe port operator said in a statement to Business Day that the cranes were old. It told Cape Town on Monday nothing.",
      ["Organization Business Day"],
    ],
    [
      "a company whose capital legal form ends its name",
      "Milk\n\nMleczarnia Wschodnia SA, a private dairy in Łomża, denied that prices were fixed.",
      ["Organization Mleczarnia Wschodnia SA"],
    ],
    [
      "a Spanish winery and a Polish cooperative by their first words",
      "Wine and milk\n\nLucía Ferreyra manages Bodega Piedra Alta, a winery near Tupungato. Tomasz Nowicki chairs Spółdzielnia Mleczarska Narew.",
      [
        "Organization Bodega Piedra Alta",
        "Organization Spółdzielnia Mleczarska Narew",
        "Person Lucía Ferreyra",
        "Person Tomasz Nowicki",
      ],
    ],
    [
      "a cellar's name, a company",
      "Prices\n\nOur importer in Boston, Condor Cellars, has told us that prices will rise.",
      ["Organization Condor Cellars"],
    ],
    [
      "a prefecture of a place",
      "Ban\n\nThe Prefecture of Finistère on Tuesday banned the sale of mussels.",
      ["Organization Prefecture of Finistère"],
    ],
    [
      "a city before an organization's name the tagger read apart",
      "Union\n\nBikram Gogoi is general secretary of the Silchar Cha Mazdoor Sangha, a union of tea workers.",
      ["Organization Silchar Cha Mazdoor Sangha", "Person Bikram Gogoi"],
    ],
    [
      "a county named with a possessive, not a prince",
      "Sites\n\nThe state board rejected a request from the Prince George's County Board of Elections. Prince George's has grown since 2012.",
      ["Organization Prince George's County Board of Elections"],
    ],
    [
      "a cooperative's whole name past two untagged words",
      "Bananas\n\nMaricel Abad, 48, chairs the Lupon Small Coconut Farmers Multi-Purpose Cooperative, whose members grow copra.",
      ["Organization Lupon Small Coconut Farmers Multi-Purpose Cooperative", "Person Maricel Abad"],
    ],
    [
      "towns after 'in' and 'near', never named as people",
      "Hazelnuts\n\nLyle Tennant grows hazelnuts near Woodhaven. His brother packs plums in De Wetsdorp. In Mazovia most farms are small.",
      ["Person Lyle Tennant"],
    ],
    [
      "a headline's town before its mayor, whose name opens the body's bodies",
      "Marrow Creek mayor fires police chief\n\nMayor Dana Pruitt fired the chief on Monday. The Marrow Creek Police Department had overspent, and the Marrow Creek City Council will meet.",
      ["Organization Marrow Creek City Council", "Organization Marrow Creek Police Department", "Person Dana Pruitt"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it.each([
    [
      "a person named in the headline and by surname in the body",
      "Chelsea Vance foundation gives $2 million\n\nThe Chelsea Vance Foundation said on Monday that Vance had given the money.",
      "Person Chelsea Vance",
    ],
    [
      "a person 'in' a place's sentence who is named in full elsewhere",
      "Visit\n\nMarta Sokol spoke in Lodz. Her rival met Sokol in Warsaw.",
      "Person Marta Sokol",
    ],
  ])("keeps %s", (_name, text, kept) => {
    expect(entities(text)).toContain(kept);
  });
});
