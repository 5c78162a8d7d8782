import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function affiliations(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .affiliations.map((a) => `${a.person} -> ${a.organization}`)
    .sort();
}

describe("affiliations newsdev67 read wrong (rules-179)", () => {
  it.each([
    [
      "a minister of the last portfolio of a ministry whose name opens with another word",
      "Story\n\nFriday, March 11, 2016\n\nThe Federal Ministry for Digital and Transport said so. Transport Minister Jens Albrecht told the broadcaster ARD that the government would not intervene.",
      ["Jens Albrecht -> Federal Ministry for Digital and Transport"],
    ],
    [
      "a deputy of a state's office in a story datelined in the state is no federal office's",
      'Treasurer indicted\n\nCOLUMBIA, S.C. (AP) — "This was not a bookkeeping error," Deputy Attorney General Harlan Besser said at a news conference.',
      [],
    ],
  ])("%s", (_name, text, expected) => {
    expect(affiliations(text)).toEqual(expected);
  });
});
