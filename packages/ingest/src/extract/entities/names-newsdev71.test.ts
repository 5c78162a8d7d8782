import { describe, expect, it } from "vitest";
import { entityAliases, entityNames } from "../extracted-views.js";

const HEAD = "Story\n\nSaturday, October 10, 2026\n\n";

describe("names newsdev71 read wrong (entities-183)", () => {
  it.each([
    [
      "a name whose fields have commas, spelled by its acronym in brackets",
      `${HEAD}The Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) said the storm had weakened.`,
      ["Organization Philippine Atmospheric, Geophysical and Astronomical Services Administration"],
    ],
    [
      "a channel's number written onto its name",
      `${HEAD}"She deserves to see it," Ruiz said in an interview with 7News.`,
      ["Organization 7News", "Person Ruiz"],
    ],
    [
      "a paper's regional edition after a Romance article",
      `${HEAD}Several miners told the regional newspaper El Mercurio de Antofagasta that they had not been paid.`,
      ["Organization El Mercurio de Antofagasta"],
    ],
    [
      "a Māori body's name with 'o te'",
      `${HEAD}Aroha Ngata, a spokesperson for the group Ngā Kaitiaki o te Awa, said the ban was a first step.`,
      ["Organization Ngā Kaitiaki o te Awa", "Person Aroha Ngata"],
    ],
    [
      "a Māori body's 'Te' opening a sentence where the article writes 'te' in lower case",
      `${HEAD}The group Ngā Kaitiaki o te Awa backed the ban. Te Rūnanga o Ngāti Kōwhai said it would not.`,
      ["Organization Ngā Kaitiaki o te Awa", "Organization Te Rūnanga o Ngāti Kōwhai"],
    ],
    [
      "a name after 'the' set off as a police force",
      `${HEAD}According to the Ertzaintza, the Basque police force, firefighters needed two hours to free a woman.`,
      ["Organization Ertzaintza"],
    ],
    ["a market index's name is no organization", `${HEAD}The benchmark KOSDAQ share index fell 1.2 percent.`, []],
    [
      "a statistics office named with the short name of South Korea",
      `${HEAD}According to Statistics Korea, consumer prices rose 3.1 percent in April.`,
      ["Organization Statistics Korea"],
    ],
    [
      "an ocean's name before a noun is a place",
      `${HEAD}Marsh said he had voted for a Pacific trade deal last year.`,
      ["Person Marsh"],
    ],
    [
      "a place the residents of which speak is no person",
      `${HEAD}Some residents of Aparri told GMA News that they felt forgotten.`,
      ["Organization GMA News"],
    ],
    [
      "a level of government after a place's name the tagger did not read",
      `${HEAD}The Cagayan provincial government denied that any village had been left out.`,
      ["Organization Cagayan provincial government"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entityNames(text)).toEqual(expected);
  });

  it("a bare acronym is the one chapter whose name before 'of' it spells", () => {
    expect(
      entityAliases(
        `${HEAD}The American Civil Liberties Union of Wisconsin sued. The ACLU said the law kept 300,000 voters from the polls.`,
        "American Civil Liberties Union of Wisconsin",
      ),
    ).toEqual(["ACLU"]);
  });
});
