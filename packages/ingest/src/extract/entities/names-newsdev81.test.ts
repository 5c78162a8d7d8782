import { describe, expect, it } from "vitest";
import { entityAliases, entityNames } from "../extracted-views.js";

const HEAD = "Story\n\nMonday, April 4, 2016\n\n";

describe("names newsdev81 read wrong (entities-193)", () => {
  it.each([
    [
      "a delegate's title, and Delaware's abbreviation after a town",
      `Tax fight\n\nDOVER, Del. (Reuters) - Halvard Logistics Corp will move. "Officers carry a badge," said Del. Marisol Ferreira-Watts, a Baltimore Democrat.`,
      ["Organization Halvard Logistics Corp", "Organization Reuters", "Person Marisol Ferreira-Watts"],
    ],
    [
      "a union's numbered council",
      `${HEAD}J. Everett Szymanski, executive director of Rhode Island Council 94, said his members had ratified the deal.`,
      ["Organization Rhode Island Council 94", "Person J. Everett Szymanski"],
    ],
    [
      "a county by its name alone is a place",
      `${HEAD}Converse County Commissioner Luz Aranda-Whitfield said the plant pays 40 percent of the county's taxes.`,
      ["Person Luz Aranda-Whitfield"],
    ],
    [
      "a ferry's name, wherever else the article writes it",
      `${HEAD}The order came nine days after the ferry Maria Fatima capsized off Mohéli. An inspector said the Maria Fatima had last been inspected in 2023.`,
      [],
    ],
    [
      "a Catalan name's two surnames",
      `${HEAD}"Young Andorrans are leaving," Housing Minister Núria Casals i Pujol told the General Council. Casals said the law would pass.`,
      ["Organization General Council", "Person Núria Casals i Pujol"],
    ],
    [
      "a members' plural possessive inside a name",
      `${HEAD}The Andorra Residents' Platform, which organised two protests, welcomed the law.`,
      ["Organization Andorra Residents' Platform"],
    ],
    [
      "a lodge of a fraternal order",
      `${HEAD}The Maryland State Lodge of the Fraternal Order of Police, which represents about 22,000 officers, praised the veto.`,
      ["Organization Maryland State Lodge of the Fraternal Order of Police"],
    ],
    ["a race's word alone", `${HEAD}The district enrolls about 6,100 students, 58 percent of them Black.`, []],
    [
      "a federal court's district after a judge",
      `${HEAD}U.S. District Judge Cornelius T. Ambrose-Whitlow of the Southern District of Mississippi wrote in a 41-page opinion that the district's schools were no longer identifiable by race.`,
      ["Organization Southern District of Mississippi", "Person Cornelius T. Ambrose-Whitlow"],
    ],
    [
      "a party the chamber's name ran into, cut at its acronym's initials",
      `${HEAD}Three members of the National Assembly for A Partnership for National Unity (APNU), Marcia Fernandes-Lall and Vishnu Persaud, walked out.`,
      [
        "Organization A Partnership for National Unity",
        "Organization National Assembly",
        "Person Marcia Fernandes-Lall",
        "Person Vishnu Persaud",
      ],
    ],
    [
      "a company named before its words' first syllables",
      `${HEAD}Aluminium Bahrain (Alba) will build a power plant, the company said. Alba chief executive Tariq al-Mannai said the grid was full.`,
      ["Organization Aluminium Bahrain", "Person Tariq al-Mannai"],
    ],
    [
      "a newspaper, a collective and a municipality by their heads",
      `${HEAD}An engineer told the Cyprus Mail that inflows were low. The Collective of the Families of the Victims said it would sue. Eleni Kyprianou-Haddad, the mayor of Larnaca Municipality, said the town would open water points.`,
      [
        "Organization Collective of the Families of the Victims",
        "Organization Cyprus Mail",
        "Organization Larnaca Municipality",
        "Person Eleni Kyprianou-Haddad",
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entityNames(text).filter((n) => !n.startsWith("Organization Associated Press"))).toEqual(expected);
  });

  it.each([
    [
      "a short name with some of its words left out",
      `${HEAD}The suit was brought by the NAACP Legal Defense and Educational Fund. Renata Okoye, a senior counsel at the Legal Defense Fund, said the ruling stood.`,
      "NAACP Legal Defense and Educational Fund",
      ["Legal Defense Fund"],
    ],
    [
      "a school district's opening words, though a first name opens them",
      `${HEAD}A judge released Mississippi's Pearl Bend School District from the order. Pearl Bend's graduation rate rose to 84 percent.`,
      "Pearl Bend School District",
      ["Pearl Bend"],
    ],
    [
      "a name whose first word opens in lower case",
      `${HEAD}eThekwini Municipality cut the orchestra's grant. "Nobody wanted to cut it," said Cllr Zanele Khumalo, an eThekwini councillor.`,
      "eThekwini Municipality",
      ["eThekwini"],
    ],
    [
      "a bare House after a chamber three states have",
      `Virginia House panel strips Medicaid expansion\n\nRICHMOND, Va. (AP) — A House of Delegates committee voted 13-9 on Thursday. Republicans hold 66 of the 100 seats in the House.`,
      "House of Delegates",
      ["House"],
    ],
  ])("%s", (_name, text, name, aliases) => {
    expect(entityAliases(text, name)).toEqual(aliases);
  });
});
