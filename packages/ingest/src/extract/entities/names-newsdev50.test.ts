import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.filter((e) => e.kind !== "country")
    .map((e) => `${e.type} ${e.name}`)
    .sort();
}

describe("names newsdev50 read wrong (entities-162)", () => {
  it.each([
    [
      "a company whose last word is 'Foods', read as a place",
      "Wasabi\n\nThe rest I sell to Izu Seiryu Foods, which makes grated wasabi in tubes.",
      ["Organization Izu Seiryu Foods"],
    ],
    [
      "a company's name, a comma and its Portuguese legal form, and its name without the form after",
      "Sardines\n\nManuel Ferreira runs the family company Pescas Nova Aurora, Lda., which owns a purse seiner. Pescas Nova Aurora employs 17 men.",
      ["Organization Pescas Nova Aurora, Lda.", "Person Manuel Ferreira"],
    ],
    [
      "a city's last word after its lower-case particle",
      "Sisal\n\nThe money was stuck in a bank in Dar es Salaam. Nobody believes that any more.",
      [],
    ],
    [
      "a region after a compass adjective",
      "Quinoa\n\nGrowers' leaders in the southern Altiplano say the farm-gate price has fallen.",
      [],
    ],
    [
      "a landform's one word beside a company that opens with it",
      "Wasabi\n\nGrowers on the Izu peninsula told NHK that deer ate young plants. The rest I sell to Izu Seiryu Foods.",
      ["Organization Izu Seiryu Foods", "Organization NHK"],
    ],
    [
      "an association set off after its name, a place and a plural's possessive in its modifiers",
      "Sheep\n\nEinar sits on the board of Fjárvest, the Westfjords sheep farmers’ association. He spoke on Monday.",
      ["Organization Fjárvest"],
    ],
    [
      "a business named after its descriptor and the place it stands in",
      "Sheep\n\nThe slaughterhouse in Ísafjörður, Djúpkjöt, has already told us it will not take animals.",
      ["Organization Djúpkjöt"],
    ],
    [
      "a cannery and a cooperative set off after their names",
      "Sardines\n\nMostly Conservas Leixões, the cannery across the harbour. Most roots go through JA Shizuoka-shi, our agricultural cooperative, to Tokyo.",
      ["Organization Conservas Leixões", "Organization JA Shizuoka-shi"],
    ],
    [
      "a cooperative's name with a particle before a plural's possessive",
      "Quinoa\n\nHe is treasurer of the Salar del Sur growers' cooperative. He spoke on Monday.",
      ["Organization Salar del Sur"],
    ],
    [
      "a council 'for the' one field 'of the' another",
      "Sardines\n\nThe International Council for the Exploration of the Sea (ICES) said catches should fall.",
      ["Organization International Council for the Exploration of the Sea"],
    ],
    [
      "an institute 'for the' one field 'and the' another, a nationality first",
      "Sardines\n\nThe Portuguese Institute for the Sea and the Atmosphere said young sardines were few.",
      ["Organization Portuguese Institute for the Sea and the Atmosphere"],
    ],
    [
      "an inspectorate 'for' two fields, the second read as an organization of its own",
      "Bees\n\nThe State Inspectorate for Veterinary and Phytosanitary Safety said it had fined 23 farms.",
      ["Organization State Inspectorate for Veterinary and Phytosanitary Safety"],
    ],
    [
      "a state's branch of a national body, the state named in the headline",
      "Wisconsin justices press both sides\n\nThe League of Women Voters of Wisconsin, which filed a brief, said voters should choose.",
      ["Organization League of Women Voters of Wisconsin"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it.each([
    [
      "a company 'of' a city, not a state or a country",
      "Steel\n\nIts parent company, Haedong Metals of Busan, South Korea, told Yonhap it would pay the families.",
      "Organization Haedong Metals",
    ],
  ])("keeps %s", (_name, text, kept) => {
    expect(entities(text)).toContain(kept);
  });
});
