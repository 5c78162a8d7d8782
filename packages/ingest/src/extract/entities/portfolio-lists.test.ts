import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return g.entities.map((e) => `${e.type} ${e.name}`).sort();
}

describe("joinPortfolioLists", () => {
  it.each([
    [
      "Japan's Ministry of Agriculture, Forestry and Fisheries said on Monday it would review the subsidies.",
      "Organization Ministry of Agriculture, Forestry and Fisheries",
    ],
    [
      "The Michigan Department of Environment, Great Lakes, and Energy said the samples were being tested.",
      "Organization Michigan Department of Environment, Great Lakes, and Energy",
    ],
    [
      "The National Union of Mine and Metal Workers said the pit should never have reopened.",
      "Organization National Union of Mine and Metal Workers",
    ],
  ])("reads %j as one organization", (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.filter((e) => e.startsWith("Person"))).toEqual([]);
  });

  it.each([
    // a body of a place, then another name
    ["The American Civil Liberties Union of Ohio and Demos said the law was unconstitutional.", "Demos"],
    // people the text named in full
    [
      "FBI Director James Comey testified on Monday. The Department of Justice, Comey and Mueller said nothing.",
      "Department of Justice",
    ],
  ])("keeps %j apart", (text, kept) => {
    expect(entities(text).some((e) => e.endsWith(` ${kept}`))).toBe(true);
  });
});
