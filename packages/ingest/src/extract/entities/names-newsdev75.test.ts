import { describe, expect, it } from "vitest";
import { entityAliases, entityNames } from "../extracted-views.js";

const HEAD = "Story\n\nFriday, April 10, 2026\n\n";

describe("names newsdev75 read wrong (entities-187)", () => {
  it.each([
    [
      "a French name's 'des', spelled whole by its acronym",
      `${HEAD}The Association Nationale des Pêcheurs Artisanaux du Sénégal (ANPAS) said the trawlers were emptying the sea.`,
      ["Organization Association Nationale des Pêcheurs Artisanaux du Sénégal"],
    ],
    [
      "a given name before a Russian-style patronymic the tagger began at",
      `${HEAD}Aktash Gold denied the charge. Viktor Sergeyevich Loginov, the company’s general director, told reporters that the fish had died of low water.`,
      // (and the company, a mining company by its name's "Gold" since entities-189)
      ["Organization Aktash Gold", "Person Viktor Sergeyevich Loginov"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entityNames(text)).toEqual(expected);
  });

  it("'the House' in a story of one state's House named two ways is that chamber", () => {
    expect(
      entityAliases(
        "Panel opens inquiry\n\nMONTGOMERY, Ala. (AP) — An Alabama House committee voted Wednesday to open an inquiry. Republicans hold 72 of the 105 seats in the Alabama House of Representatives, and it would take a majority of the House to impeach the governor.",
        "Alabama House of Representatives",
      ),
    ).toEqual(["Alabama House", "House"]);
  });
});
