import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();
}

const HEAD = "Story\n\nFriday, March 11, 2016\n\n";

describe("names newsdev63 read wrong (entities-176)", () => {
  it.each([
    [
      "the Irish article opening a board's name inside a sentence",
      `${HEAD}The developer applied to An Bord Pleanála for permission. A spokesman for An Bord Pleanála said it was studying the judgment.`,
      ["Organization An Bord Pleanála"],
    ],
    [
      "an honorific before a judge's title and name the tagger read as an organization",
      `${HEAD}In a 62-page judgment, Mr Justice Fergal Kinsella held that the board’s inspector had relied on bird surveys.`,
      ["Person Fergal Kinsella"],
    ],
    [
      "an industry body ending with a country, its first word written in lower case elsewhere",
      `${HEAD}The staff was small, and the wind farm was large.\n\nWind Energy Ireland, which represents the industry, said more than 1,500 megawatts were tied up.`,
      ["Organization Wind Energy Ireland"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it("a school named for a knight stays a school (newsdev32)", () => {
    const text = `${HEAD}Students at the Sir J.J. School of Art in Mumbai said the fees were too high.`;
    expect(entities(text)).not.toContain("Person J.J. School of Art");
  });
});
