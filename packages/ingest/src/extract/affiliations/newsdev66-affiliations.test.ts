import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function affiliations(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .affiliations.map((a) => `${a.person} -> ${a.organization}`)
    .sort();
}

const HEAD = "Story\n\nFriday, March 11, 2016\n\n";

describe("affiliations newsdev66 read wrong (rules-178)", () => {
  it.each([
    [
      "'the group' for an association",
      `${HEAD}The Laguna Vista Taxpayers Association opposed the bond. Dale Prentice, the group's president, said the district had spent too much.`,
      ["Dale Prentice -> Laguna Vista Taxpayers Association"],
    ],
    [
      "'the group' for a civil liberties union",
      `${HEAD}The American Civil Liberties Union of Ohio backed the rule. Marisol Vega, a staff attorney for the group, said research suggests otherwise.`,
      ["Marisol Vega -> American Civil Liberties Union of Ohio"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(affiliations(text)).toEqual(expected);
  });

  it("'the group' after a court whose name holds 'for' is no court's", () => {
    expect(
      affiliations(
        `${HEAD}The U.S. Court of Appeals for the 9th Circuit ruled on Monday. Ann Lee, the group's lawyer, said she would appeal.`,
      ),
    ).toEqual([]);
  });
});
