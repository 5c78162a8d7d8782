import { describe, expect, it } from "vitest";
import { entityAliases, entityNames } from "../extracted-views.js";

const HEAD = "Story\n\nWednesday, March 11, 2026\n\n";

describe("names newsdev70 read wrong (entities-182)", () => {
  it.each([
    [
      "the Balinese 'I' before a birth-order name opens the name",
      `${HEAD}In the village, farmer I Wayan Sudarta told the newspaper Kompas that he had moved his family.`,
      ["Organization Kompas", "Person I Wayan Sudarta"],
    ],
    [
      "a Roman numeral ending a company's name before its appositive",
      `${HEAD}Angkasa Pura II, the state company that runs the capital's airports, said flights were normal.`,
      ["Organization Angkasa Pura II"],
    ],
    [
      "a broadcaster's name ending in a place's is not cut into a person's",
      `${HEAD}A man rescued from a roof told Radio Free Asia that the water had come at night.`,
      ["Organization Radio Free Asia"],
    ],
    [
      "a Scandinavian 'Swedish' opening a firm's name",
      `${HEAD}According to figures published by Svensk Handelsstatistik, prices fell in January.`,
      ["Organization Svensk Handelsstatistik"],
    ],
    [
      "a possessive before 'chief economist' is a bank's",
      `${HEAD}Economists had expected the move. Nordbanken’s chief economist, Ingrid Lund, wrote that the bank was buying time.`,
      ["Organization Nordbanken", "Person Ingrid Lund"],
    ],
    [
      "a legal form's 'of' says where the company is based",
      `${HEAD}The contractor, Silver Ridge Gaming Inc. of Reno, Nev., left 900 tickets unpaid.`,
      ["Organization Silver Ridge Gaming Inc."],
    ],
    [
      "a two-word name translated from a head-first language keeps its acronym's order",
      `${HEAD}The PRI said it would pay. Citizens' Movement (MC), fined 74 million pesos, said it would appeal.`,
      ["Organization Citizens' Movement", "Organization PRI"],
    ],
    [
      "a paper's name of two words after a hyphened modifier and before 'newspaper'",
      `${HEAD}A senior editor at the state-owned New Vision newspaper, who asked not to be named, said staff were afraid.`,
      ["Organization New Vision"],
    ],
    [
      "'the Lao government' is the government of Laos",
      `${HEAD}A dam gave way on Tuesday, according to the Lao government.`,
      ["Organization Government of Laos"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entityNames(text)).toEqual(expected);
  });

  it.each([
    [
      "'the Legislature' is the one General Assembly the article names",
      `${HEAD}The judge said the General Assembly had offered no explanation. The order gives the Legislature until March 15 to draw new lines.`,
      "General Assembly",
      ["Legislature"],
    ],
    [
      "a company's name without its 'Gaming' and legal form is the company",
      `${HEAD}The contractor, Silver Ridge Gaming Inc. of Reno, Nev., left 900 tickets unpaid. Dana Holt, a spokeswoman for Silver Ridge, said every claim had been paid.`,
      "Silver Ridge Gaming Inc.",
      ["Silver Ridge"],
    ],
    [
      "a party's short name in brackets after its name, though a town bears it",
      `${HEAD}The largest fine went to the governing National Regeneration Movement (Morena). Morena rejected the findings.`,
      "National Regeneration Movement",
      ["Morena"],
    ],
  ])("%s", (_name, text, name, expected) => {
    expect(entityAliases(text, name)).toEqual(expected);
  });

  it("a Roman numeral 'I' before a verb stays the pronoun's", () => {
    expect(entityNames(`${HEAD}Reporters asked Anna Berg. Berg Holm I think was there.`)).not.toContain(
      "Person Berg Holm I",
    );
  });
});
