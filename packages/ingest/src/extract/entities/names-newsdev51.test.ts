import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.filter((e) => e.kind !== "country")
    .map((e) => `${e.type} ${e.name}`)
    .sort();
}

describe("names newsdev51 read wrong (entities-163)", () => {
  it.each([
    [
      "an exchange read as a place",
      "Copper\n\nCopper prices on the London Metal Exchange had risen.",
      ["Organization London Metal Exchange"],
    ],
    [
      "'World' and a sport: an international federation",
      "Doping\n\nThe biological passport, a programme run by World Athletics, follows an athlete’s blood values.",
      ["Organization World Athletics"],
    ],
    [
      "a country's sport body opening a paragraph after a date",
      "Runner banned\n\nThursday, February 19, 2026\n\nThe athletics federation met.\n\nAthletics Kenya said it respected the decision.",
      ["Organization Athletics Kenya"],
    ],
    [
      "a brokerage and a law firm's 'LLP'",
      "Copper\n\nAn analyst at the Santiago brokerage Valor Andino spoke to a lawyer with the Vancouver firm Harlow Dene LLP.",
      ["Organization Harlow Dene LLP", "Organization Valor Andino"],
    ],
    [
      "a person 'of' a university the tagger read as one organization",
      "Water\n\nDrinking water contained microplastics, according to a study led by Sanne de Groot of Radboud University.",
      ["Organization Radboud University", "Person Sanne de Groot"],
    ],
    [
      "an institute 'for' one field 'and the' another",
      "Water\n\nThe National Institute for Public Health and the Environment (RIVM) said there was no evidence.",
      ["Organization National Institute for Public Health and the Environment"],
    ],
    [
      "a Spanish commission 'para el' its field",
      "Copper\n\nThe miner said in a filing with the Comisión para el Mercado Financiero (CMF) that the stoppage cost it US$4 million a day.",
      ["Organization Comisión para el Mercado Financiero"],
    ],
    [
      "a Romance company's name closed by its port's place",
      "Strike\n\nAt least 22 carriers were waiting, according to Empresa Portuaria San Antonio, the state company that runs the port.",
      ["Organization Empresa Portuaria San Antonio"],
    ],
    [
      "a state-owned miner set off after its name",
      "Strike\n\nCodelco, the state-owned copper miner, said it had diverted some cargoes.",
      ["Organization Codelco"],
    ],
    [
      "a vessel's name after its prefix and without it",
      "Ferries\n\nThe MV Santa Lucia Express, operated by Tierra Azul Shipping Lines, hit a pier. Officials said the Santa Lucia Express had been cleared to leave.",
      ["Organization Tierra Azul Shipping Lines"],
    ],
    [
      "an iwi and its trust board, 'Te' and the Māori 'o'",
      "Taonga\n\nThe objects were received by members of Ngāti Rākaunui. Their chair spoke for Te Rūnanga o Ngāti Rākaunui, the iwi's trust board.",
      ["Organization Ngāti Rākaunui", "Organization Te Rūnanga o Ngāti Rākaunui"],
    ],
    [
      "a given name, a middle name and a surname after the headline's given name and surname",
      "Kenyan marathoner Lilian Serem banned\n\nThe unit on Wednesday banned Kenyan marathon runner Lilian Jepkemoi Serem for three years. Serem denied it.",
      ["Person Lilian Jepkemoi Serem"],
    ],
    [
      "a body's two-word short name, in the headline before its full name",
      "Court quashes mine permit over failure to consult First Nation\n\nThe court said the province had not consulted the Lhatko Lake First Nation. The First Nation applied for a review.",
      ["Organization Lhatko Lake First Nation"],
    ],
    [
      "a mine named between 'its' and its noun",
      "Mine\n\nThe court quashed a permit allowing Northcrest Metals Corp. to expand its Kestrel Ridge copper mine.",
      ["Organization Northcrest Metals Corp."],
    ],
    [
      "towns listed after 'in', one of them before a noun after 'a'",
      "Schools\n\nThe board voted to shut the schools in Zenda, Spivey and Cunningham. Rachel Vohs, a Spivey mother of three, leads the group.",
      ["Person Rachel Vohs"],
    ],
    [
      "a newspaper told something, read as a place",
      "Schools\n\nMonday, May 4, 2026\n\nHe told The Wichita Eagle that nothing had been decided.",
      ["Organization Wichita Eagle"],
    ],
    [
      "a state legislature read as a place",
      "Schools\n\nMonday, May 4, 2026\n\nThe Kansas Legislature replaced the state’s school funding formula last year.",
      ["Organization Kansas Legislature"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it.each([
    [
      "a city's police division, the city's name also a given name",
      "Police\n\nA spokesman for the Cleveland Division of Police said the officer was on leave.",
      "Organization Cleveland Division of Police",
    ],
    [
      "a person set off after a place, no list",
      "Cards\n\nAn ANM councillor in Bălți, Mihail Gîrneț, told the news site NewsMaker that activists handed out the cards.",
      "Person Mihail Gîrneț",
    ],
    ["'The MS Society', no vessel", "Charity\n\nThe MS Society said so.", "Organization MS Society"],
  ])("keeps %s", (_name, text, kept) => {
    expect(entities(text)).toContain(kept);
  });
});
