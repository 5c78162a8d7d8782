import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

// (PolNeAR's convention, kept in its attribution unit; the quotation unit's gold has no question claims)
function asked(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }, { claimUnit: "attribution" })
    .claims.filter((c) => c.rule === "asked")
    .map((c) => [c.text, c.speaker, c.cue]);
}

describe("questions put to someone ('when asked about …') are claims with no source", () => {
  it.each([
    [
      "fronted 'Asked about X,' ends at the comma",
      "Asked about his paid speeches in the 2016 race, Mike Huckabee said he had none.",
      [["his paid speeches in the 2016 race", null, "Asked about"]],
    ],
    [
      "'when asked if …'",
      "But when asked how she would define the establishment, Jane Deacon laughed.",
      [["how she would define the establishment", null, "asked"]],
    ],
    [
      "passive 'has been asked to …' runs to the sentence end",
      "The economy is weak. Clinton has been asked to release the transcripts of these speeches.",
      [["to release the transcripts of these speeches", null, "asked"]],
    ],
    ["'asked by a reporter' is not a question here", "He nodded when asked by a reporter on Monday.", []],
    ["an active 'X asked Y' is not this rule", "Jane Miller asked the committee for more money.", []],
  ])("%s", (_name, text, expected) => {
    expect(asked(text)).toEqual(expected);
  });
});
