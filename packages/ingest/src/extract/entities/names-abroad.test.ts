import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.map((e) => `${e.type}: ${e.name}`)
    .sort();
}

// entities-110 (2026-12-06, read on gold/newsdev5): names of European, Asian and wire news
describe("names of people, bodies and places in international news", () => {
  it.each([
    [
      "a German 'zu' particle the tagger split off as a place",
      "Konstanze zu Ortenberg, the party's pensions spokeswoman, said no.",
      "Person: Konstanze zu Ortenberg",
    ],
    [
      "a compound of two given names the tagger read as a place",
      "Pierre-Antoine de Montclar, chairman of the executive board of the port, said no.",
      "Person: Pierre-Antoine de Montclar",
    ],
    [
      "a compound given name keeps an unsure person",
      "Pieter-Jan Van den Broeck, the club's sporting director, denied it.",
      "Person: Pieter-Jan Van den Broeck",
    ],
    [
      "a police rank of three words is a title",
      "Detective Senior Sergeant Ben Okoro of Victoria Police said investigators had identified him.",
      "Person: Ben Okoro",
    ],
    [
      "a national body by an acronym and a country",
      "Declan Rourke told reporters that IDA Ireland would work with the company.",
      "Organization: IDA Ireland",
    ],
    [
      "a national body by a camel-case word and a country",
      "AirNav Indonesia, the state-owned air navigation provider, said it had warned the crew.",
      "Organization: AirNav Indonesia",
    ],
    ["an agency's word and a country", "Health Canada said the drug was safe.", "Organization: Health Canada"],
    ["a parliament by its own name", "Nineteen members of the Bundestag signed a letter.", "Organization: Bundestag"],
    ["a station's name", "Mary Wambui Gitau told Citizen TV that the ruling was right.", "Organization: Citizen TV"],
    [
      "a distributor named after its descriptor",
      "The studio said that the distributor Mubi had bought it.",
      "Organization: Mubi",
    ],
    ["a band named after its descriptor", "The Zagreb band Lanterna thanked the jury.", "Organization: Lanterna"],
    [
      "a club by its prefix",
      "Belgian side KV Scheldestad had agreed to pay 9 million euros.",
      "Organization: KV Scheldestad",
    ],
    [
      "an institution's opening word the tagger left out before 'and'",
      "A government source told Ming Pao that the Rating and Valuation Department would hire 150 inspectors.",
      "Organization: Rating and Valuation Department",
    ],
    [
      "a confederation whose name opens with a title word",
      "The General Confederation of Labour called the strike.",
      "Organization: General Confederation of Labour",
    ],
  ])("%s", (_, text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it("does not take a month before 'and' into an institution's name", () => {
    expect(entities("The bill stalled in July and Congress left for the summer, Ana Souza said.")).not.toContain(
      "Organization: July and Congress",
    );
  });

  it.each([
    ["a person whose surname is a country's name", "Michael Jordan said no.", "Person: Michael Jordan"],
    ["a weekday 'on TV'", "It will air beginning Friday on TV and online, Jan Novak said.", "Person: Jan Novak"],
  ])("leaves alone %s", (_, text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.filter((e) => e.startsWith("Organization"))).toEqual([]);
  });

  it.each([
    ["Hong Kong's districts", "Tenants in Sham Shui Po and Kwun Tong said rents rose, Mary Wong said.", "Sham Shui Po"],
    ["a Brazilian state", "Farmers in Mato Grosso said the rain came late, Ana Souza said.", "Mato Grosso"],
  ])("%s are places, not people", (_, text, place) => {
    expect(entities(text).some((e) => e.endsWith(`: ${place}`))).toBe(false);
  });

  it("a one-word company the tagger read as a place once is the company there too", () => {
    const g = extractDocument({
      id: "t",
      text: "Pinterest said it would cut jobs. Hannah Okafor, a spokesperson for Pinterest, denied that the company was weakening its teams.",
      origin: "t",
      format: "text",
    });
    expect(g.affiliations.map((a) => `${a.person} — ${a.organization}`)).toEqual(["Hannah Okafor — Pinterest"]);
  });
});
