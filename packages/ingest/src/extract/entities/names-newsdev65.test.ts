import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();
}

const HEAD = "Story\n\nFriday, March 11, 2016\n\n";

describe("names newsdev65 read wrong (entities-178)", () => {
  it.each([
    [
      "a legislator's hometown before her party's noun",
      `${HEAD}State Rep. Lorraine Beckwith, a Pine Bluff Democrat, said she would ask for a hearing.`,
      ["Person Lorraine Beckwith"],
    ],
    [
      "an adjective of descent before a lower-case noun",
      `${HEAD}The group accused the deputies of pulling over Black drivers far more often than white drivers.`,
      [],
    ],
    [
      "a city whose first word is a given name too, in a list after 'in'",
      `${HEAD}Depots in Lagos and Port Harcourt held enough petrol for 32 days.`,
      [],
    ],
    [
      "a canal is a place",
      `${HEAD}The port could handle the larger ships that began using the expanded Panama Canal this summer.`,
      [],
    ],
    [
      "a radio station named after its descriptor",
      `${HEAD}“The ruling confirms it,” Marchetti told the radio station France Inter on Friday morning.`,
      ["Organization France Inter", "Person Marchetti"],
    ],
    [
      "'the Corps' after the Corps of Engineers",
      `${HEAD}The U.S. Army Corps of Engineers would oversee the work. But the Corps had underestimated the cost, Briggs said.`,
      ["Organization U.S. Army Corps of Engineers", "Person Briggs"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it("a person after 'a' and a party's noun in another shape stays a person", () => {
    expect(entities(`${HEAD}Maria Lopez, a Democrat, said she would run.`)).toEqual(["Person Maria Lopez"]);
  });
});
