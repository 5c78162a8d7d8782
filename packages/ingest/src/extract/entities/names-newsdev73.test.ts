import { describe, expect, it } from "vitest";
import { entityAliases, entityNames } from "../extracted-views.js";

const HEAD = "Story\n\nThursday, March 12, 2026\n\n";

describe("names newsdev73 read wrong (entities-185)", () => {
  it.each([
    [
      "a ministry's list of portfolios whose last word is also a given name",
      `${HEAD}The Ministry of Agriculture, Fisheries, Water and Land Reform said 74,000 cattle had died.`,
      ["Organization Ministry of Agriculture, Fisheries, Water and Land Reform"],
    ],
    [
      "names listed before a noun of places are places",
      `${HEAD}A farmers' leader, Ileni Nangolo, said cattle had died in the Kunene, Omusati and Erongo regions.`,
      ["Person Ileni Nangolo"],
    ],
    [
      "a name set off as 'the main group campaigning …'",
      `${HEAD}Rechazo Ciudadano, the main group campaigning against the text, accused the government of bias.`,
      ["Organization Rechazo Ciudadano"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entityNames(text)).toEqual(expected);
  });

  it("a short name in brackets after a name of two words that ends in an organization's head", () => {
    expect(
      entityAliases(
        `${HEAD}The Electoral Service (Servel) said 15.1 million people were registered. Servel said so.`,
        "Electoral Service",
      ),
    ).toEqual(["Servel"]);
  });
});
