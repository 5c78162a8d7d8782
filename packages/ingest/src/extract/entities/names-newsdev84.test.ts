import { describe, expect, it } from "vitest";
import { affiliationPairs, entityNames } from "../extracted-views.js";

const HEAD = "Story\n\nMonday, April 4, 2016\n\n";

describe("names newsdev84 read wrong (entities-196)", () => {
  it.each([
    [
      "a members' plural possessive before an organization's head",
      `${HEAD}The Planters' Association of Ceylon, which represents the estates, said its members were short of fertiliser.`,
      ["Organization Planters' Association of Ceylon"],
    ],
    [
      "a second 'of the' and a nationality's region",
      `${HEAD}The Confederation of Indigenous Nationalities of the Ecuadorian Amazon (CONFENIAE) accused the company. CONFENIAE said the wells leaked.`,
      ["Organization Confederation of Indigenous Nationalities of the Ecuadorian Amazon"],
    ],
    [
      "Mauritanian names over 'ould' and 'mint'",
      `${HEAD}"Every trawler will carry an observer," Fisheries Minister Sidi Mohamed ould Bah told reporters. Aminetou mint El Moctar, the federation's secretary general, disagreed.`,
      ["Person Aminetou mint El Moctar", "Person Sidi Mohamed ould Bah"],
    ],
    [
      "a county's auditor, the county's name a place",
      `${HEAD}Woodbury County Auditor Patience Okafor-Lindahl said she would not comply. "Woodbury will check every name," she said.`,
      ["Person Patience Okafor-Lindahl"],
    ],
    [
      "a group named for its citizens and their town",
      `${HEAD}The vote drew an angry response from Concerned Citizens of Freetown, a coalition of five congregations.`,
      ["Organization Concerned Citizens of Freetown"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entityNames(text)).toEqual(expected);
  });

  it("the members of a union are no group of their own", () => {
    expect(entityNames(`${HEAD}Members of Unite Here walked out on Tuesday.`)).not.toContain(
      "Organization Members of Unite Here",
    );
  });

  it("the Mauritanian minister keeps his ministry", () => {
    expect(
      affiliationPairs(
        `${HEAD}The Ministry of Fisheries and Maritime Economy issued the licences. "Every trawler will carry an observer," Fisheries Minister Sidi Mohamed ould Bah told reporters.`,
      ),
    ).toEqual(["Sidi Mohamed ould Bah -> Ministry of Fisheries and Maritime Economy"]);
  });
});
