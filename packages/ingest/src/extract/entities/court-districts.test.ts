import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function organizations(text: string): string[] {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return g.entities
    .filter((e) => e.type === "Organization")
    .map((e) => e.name)
    .sort();
}

describe("joinCourtDistricts", () => {
  it.each([
    [
      "Judge Rosalind Tafoya-Burke of the U.S. District Court for the District of New Mexico ruled that the penalty was too small.",
      "U.S. District Court for the District of New Mexico",
    ],
    [
      "The U.S. District Court for the District of Columbia ruled against the agency on Friday.",
      "U.S. District Court for the District of Columbia",
    ],
    [
      "The U.S. Attorney's Office for the Southern District of New York said it would appeal.",
      "U.S. Attorney's Office for the Southern District of New York",
    ],
  ])("reads %j's court or office with its district", (text, name) => {
    expect(organizations(text)).toEqual([name]);
  });

  it("leaves a district that is no federal body's alone", () => {
    expect(
      organizations("The Irving Independent School District said the District of Columbia was not involved."),
    ).not.toContain("Irving Independent School District of Columbia");
  });
});
