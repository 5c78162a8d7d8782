import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.filter((e) => e.kind !== "country")
    .map((e) => `${e.type} ${e.name}`)
    .sort();
}

describe("names newsdev48 read wrong (entities-160)", () => {
  it.each([
    [
      "a regional station after its broadcaster's letters",
      "Cane\n\nThe mill's manager, Stephen Haddad, told ABC Wide Bay that the company owed growers.",
      ["Organization ABC Wide Bay", "Person Stephen Haddad"],
    ],
    [
      "a body told in a statement, after its article",
      "Cane\n\nBurnett Coast Sugar said in a statement to the Australian Securities Exchange that its mill had failed.",
      ["Organization Australian Securities Exchange", "Organization Burnett Coast Sugar"],
    ],
    [
      "a place after 'Fort'",
      "Bases\n\nThe company billed the Army for work at Fort Leonard Wood in Missouri.",
      ["Organization Army"],
    ],
    [
      "a tribe's name, no person",
      "Pipeline\n\nThe Red Butte Sioux Tribe says the pipeline crosses the river.",
      ["Organization Red Butte Sioux Tribe"],
    ],
    [
      "a town after 'at'",
      "Cane\n\nLuca Bonanno grows sugarcane at Gin Gin, west of Bundaberg.",
      ["Person Luca Bonanno"],
    ],
    [
      "a headline's town before a lower-case noun, whose name opens an organization of the body",
      "Galle cinnamon peelers' leader tells Wikinews of low pay\n\nNimal Perera is president of the Galle District Cinnamon Peelers' Association.",
      ["Organization Galle District Cinnamon Peelers' Association", "Organization Wikinews", "Person Nimal Perera"],
    ],
    [
      "a university of two fields joined by 'and'",
      "Sheep\n\nAna Pop, a lecturer at the University of Agricultural Sciences and Veterinary Medicine of Cluj-Napoca, said the rules were hard.",
      ["Organization University of Agricultural Sciences and Veterinary Medicine of Cluj-Napoca", "Person Ana Pop"],
    ],
    [
      "a palenque by its first word",
      "Mezcal\n\nEusebio Ruiz runs Palenque Los Cuatro Vientos, a family distillery.",
      ["Organization Palenque Los Cuatro Vientos", "Person Eusebio Ruiz"],
    ],
    [
      "a coalition named for a freedom 'to' do something",
      "Books\n\nOpponents, organized as the Castleford Freedom to Read Coalition, packed the meeting.",
      ["Organization Castleford Freedom to Read Coalition"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it.each([
    [
      "the national broadcaster before a role",
      "Visit\n\nThe BBC Director General spoke on Monday.",
      "Organization BBC",
    ],
    [
      "a person named in a headline before a verb of saying",
      "Chelsea Vance says foundation will grow\n\nThe Chelsea Vance Foundation said on Monday that it had grown.",
      "Person Chelsea Vance",
    ],
  ])("keeps %s", (_name, text, kept) => {
    expect(entities(text)).toContain(kept);
  });
});
