import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function affiliations(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).affiliations.map((a) => [
    a.person,
    a.organization,
    a.former ?? false,
  ]);
}

describe("affiliations", () => {
  it.each([
    [
      "Stephanie Carvin, a former analyst for the Canadian government, said so.",
      ["Stephanie Carvin", "Government of Canada", true],
    ],
    [
      "“It is over,” said Peter Roberts, director of research at the Royal United Services Institute.",
      ["Peter Roberts", "Royal United Services Institute", false],
    ],
    ["Secretary of State Rex Tillerson arrived.", ["Rex Tillerson", "United States", false]],
    [
      "They met the Russian Ambassador Sergei Kislyak and Foreign Minister Sergei Lavrov.",
      ["Sergei Lavrov", "Russia", false],
    ],
  ])("%s", (text, expected) => {
    expect(affiliations(text)).toContainEqual(expected);
  });

  it("finds both organizations of a coordinated appositive", () => {
    const text =
      "Joe Devanny, an expert at the Centre for Security Analysis and a former analyst for the British government said it.";
    const orgs = affiliations(text).map((a) => a[1]);
    expect(orgs).toEqual(["Centre for Security Analysis", "Government of the United Kingdom"]);
  });

  it.each([
    [
      "an organization's role in front of the name",
      "Google chief executive Sundar Pichai said so.",
      ["Sundar Pichai", "Google", "chief executive"],
    ],
    [
      "a possessive role in an appositive",
      "Michael Brune, the Sierra Club's executive director, said coal was dying.",
      ["Michael Brune", "Sierra Club", "executive director"],
    ],
    [
      "a possessive role opening the sentence",
      "The Sierra Club's executive director, Michael Brune, said coal was dying.",
      ["Michael Brune", "Sierra Club", "executive director"],
    ],
    [
      "an indefinite role opening the sentence",
      "A Sierra Club spokeswoman, Jane Doe, said coal was dying.",
      ["Jane Doe", "Sierra Club", "spokeswoman"],
    ],
    [
      "two roles joined by and",
      "The Sierra Club's founder and executive director, Michael Brune, said coal was dying.",
      ["Michael Brune", "Sierra Club", "founder and executive director"],
    ],
    [
      "a country's office of state",
      "Kenya’s health minister, Amina Otieno, said on Tuesday that cases had risen.",
      ["Amina Otieno", "Kenya", "health minister"],
    ],
    [
      "a person of the organization",
      "The council's leader, Margaret O'Donnell of the Labour Party, said the money had run out.",
      ["Margaret O'Donnell", "Labour Party", null],
    ],
  ])("a role with no title the lexicon knows: %s", (_name, text, expected) => {
    const found = extractDocument({ id: "t", text, origin: "t", format: "text" }).affiliations.map((a) => [
      a.person,
      a.organization,
      a.role,
    ]);
    expect(found).toContainEqual(expected);
  });

  it.each([
    ["a verb between the organization and the name", "The FBI interviewed former adviser Carter Page last week."],
    ["a verb and an object noun", "Google told engineer John Smith to leave."],
    ["a word that is no role", "Microsoft met former adviser John Smith."],
    ["a country's own only in an office of state", "Britain’s leading economist, Jane Smith, said prices would fall."],
    ["a place the person was at", "Obama was to meet Bernie Sanders at the White House on Thursday."],
  ])("no affiliation: %s", (_name, text) => {
    expect(affiliations(text)).toEqual([]);
  });

  it("takes a name ending in a legal form for a company, whatever the tagger says", () => {
    // the tagger alone calls "Hartmann Weber GmbH" a person here
    const text = "Shares of Hartmann Weber GmbH fell 4 percent, said analyst Tom Reed.";
    const entities = extractDocument({ id: "t", text, origin: "t", format: "text" }).entities;
    expect(entities.map((e) => [e.name, e.type, e.kind])).toContainEqual([
      "Hartmann Weber GmbH",
      "Organization",
      "company",
    ]);
  });

  it("makes no affiliation from a plain name", () => {
    expect(affiliations("Jane Miller arrived on Tuesday.")).toEqual([]);
  });
});
