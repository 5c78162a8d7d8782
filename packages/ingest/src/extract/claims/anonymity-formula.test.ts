import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string, claimUnit: "quotation" | "attribution" = "quotation") {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }, { claimUnit }).claims.map((c) => c.text);
}

describe("anonymity formulas are not claims", () => {
  it.each([
    [
      "asked not to be named",
      "A senior nurse, who asked not to be named because she was not authorised to speak, said the ward was full.",
      ["the ward was full"],
    ],
    [
      "spoke on condition of anonymity",
      "A council officer, who spoke on condition of anonymity, said the library would close in May.",
      ["the library would close in May"],
    ],
    ["requested anonymity", "An aide requested anonymity to discuss a private meeting.", []],
    [
      "spoke to an outlet on condition of anonymity",
      "Engineers at two suppliers, who spoke to Reuters on condition of anonymity, said the pump was cheaper.",
      ["the pump was cheaper"],
    ],
    ["asked to be identified only by a first name", "A relative asked not to be identified.", []],
  ])("%s", (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it("still reads what the source said after the terms, in the attribution unit", () => {
    const text =
      "One pilot, speaking on condition of anonymity because he feared dismissal, said he had worked twelve days in a row.";
    expect(claims(text, "attribution")).toContain("he had worked twelve days in a row");
    expect(claims(text, "attribution").some((c) => /anonymity/.test(c))).toBe(false);
  });
});
