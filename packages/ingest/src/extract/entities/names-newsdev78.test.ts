import { describe, expect, it } from "vitest";
import { entityAliases, entityNames } from "../extracted-views.js";

const HEAD = "Story\n\nMonday, November 2, 2026\n\n";

describe("names newsdev78 read wrong (entities-190)", () => {
  it.each([
    [
      "Cabo Verde, a country",
      `${HEAD}Cabo Verde's island of Sal approved a tourist tax, Ana Tavares said.`,
      ["Organization Cabo Verde", "Person Ana Tavares"],
    ],
    [
      "a title of several words the tagger's person began inside",
      `${HEAD}President Pro Tempore Kwame de Souza said the margin was comfortable.`,
      ["Person Kwame de Souza"],
    ],
    [
      "a state forester's title",
      `${HEAD}State Forester Yusuf Abdirahman-Kell said the map was right.`,
      ["Person Yusuf Abdirahman-Kell"],
    ],
    [
      "a Spanish name's 'de los'",
      `${HEAD}Ana Lucía de los Ríos, an economist, said each extra dollar would be worth $300 million a year.`,
      ["Person Ana Lucía de los Ríos"],
    ],
    [
      "a body 'for' a place 'and' another place",
      `${HEAD}Serbia’s Office for Kosovo and Metohija called the decision “another unilateral step.”`,
      ["Organization Office for Kosovo and Metohija"],
    ],
    ["a party's 'Lista'", `${HEAD}Srpska Lista said the bills were unfair.`, ["Organization Srpska Lista"]],
    [
      "hotels by their name's last word",
      `${HEAD}Owners of the Sandpiper Inn, the Coquina Beach Resort and the Dunes Motel said bookings had fallen.`,
      ["Organization Coquina Beach Resort", "Organization Dunes Motel", "Organization Sandpiper Inn"],
    ],
    [
      "a Danish company's 'A/S'",
      `${HEAD}The government granted a 30-year licence to Arctic Lanthanide Resources A/S for a rare-earth mine.`,
      ["Organization Arctic Lanthanide Resources A/S"],
    ],
    [
      "a given name, a nickname in straight quotation marks and a surname",
      `${HEAD}Manuel "Nelinho" Fortes, who runs a kitesurfing school, said the tax was fair.`,
      ["Person Manuel Fortes"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entityNames(text)).toEqual(expected);
  });

  it("'Ben' after a known given name is still one name ('Ben Carson' untouched)", () => {
    expect(entityAliases(`${HEAD}Ben Carson spoke. Carson said so.`, "Ben Carson")).toEqual(["Carson"]);
  });
});
