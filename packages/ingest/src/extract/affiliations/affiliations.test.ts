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

  it("makes no affiliation from a plain name", () => {
    expect(affiliations("Jane Miller arrived on Tuesday.")).toEqual([]);
  });
});
