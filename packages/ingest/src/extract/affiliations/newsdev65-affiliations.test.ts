import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function affiliations(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .affiliations.map((a) => `${a.person} -> ${a.organization}`)
    .sort();
}

const HEAD = "Story\n\nFriday, March 11, 2016\n\n";

describe("affiliations newsdev65 read wrong (rules-177)", () => {
  it.each([
    [
      "a seat on a committee in the appositive's relative clause",
      `${HEAD}State Rep. Lorraine Beckwith, a Pine Bluff Democrat who sits on the House Public Health Committee, said she would ask for a hearing.`,
      ["Lorraine Beckwith -> House Public Health Committee"],
    ],
    [
      "an embassy's attaché by the possessive",
      `${HEAD}The Embassy of Estonia said so. “We are not asking anyone to carry us,” said Liina Tammsaar, the embassy’s press attaché.`,
      ["Liina Tammsaar -> Embassy of Estonia"],
    ],
    [
      "a secretary of a portfolio that opens the department's name",
      `${HEAD}The Department of Environment and Natural Resources said so. Environment Secretary Leonora Castillo-Abad said in a statement that the oil threatened reefs.`,
      ["Leonora Castillo-Abad -> Department of Environment and Natural Resources"],
    ],
    [
      "a role of the organization described by a modifier and its noun",
      `${HEAD}The Mississippi State Port Authority would pay a share. Ronald Pickett, executive director of the port authority, did not respond to requests for comment.`,
      ["Ronald Pickett -> Mississippi State Port Authority"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(affiliations(text)).toEqual(expected);
  });
});
