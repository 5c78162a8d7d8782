import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function affiliations(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .affiliations.map((a) => `${a.person} -> ${a.organization}`)
    .sort();
}

const HEAD = "Story\n\nFriday, March 11, 2016\n\n";

describe("affiliations newsdev61 read wrong (rules-173)", () => {
  it.each([
    [
      "a minister of two joined portfolios beside the ministry of both",
      `${HEAD}Norway's Ministry of Climate and Environment said so. Climate and Environment Minister Ingrid Sæther Holm said there was no sign of a leak.`,
      ["Ingrid Sæther Holm -> Ministry of Climate and Environment"],
    ],
    [
      "a Kenyan cabinet secretary of a portfolio beside its ministry",
      `${HEAD}Kenya's Ministry of Education said so. Education Cabinet Secretary Ruth Achieng said on Wednesday that schools would remain open.`,
      ["Ruth Achieng -> Ministry of Education"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(affiliations(text)).toEqual(expected);
  });
});
