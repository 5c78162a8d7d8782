import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function organizations(text: string): string[] {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return g.entities
    .filter((e) => e.type === "Organization")
    .map((e) => e.name)
    .sort();
}

describe("typeCoordinatedOrganizations", () => {
  it("types the untyped names of a list of organizations as organizations", () => {
    expect(organizations("It ranks high on search engines including Google, Bing, and Yahoo.")).toEqual([
      "Bing",
      "Google",
      "Yahoo",
    ]);
  });

  it("leaves a list with a person in it alone", () => {
    expect(organizations("Guests included Google, Mario Lopez, Bing, and Yahoo.")).not.toContain("Bing");
  });
});

describe("lists of companies and nationality adjectives before a name (entities-128)", () => {
  it.each([
    [
      "one one-word 'person' and two companies joined by 'and' after a list's comma",
      "The decision is a defeat for NetChoice, a trade group whose members include Meta, Google and Snap.",
      ["Google", "Meta", "NetChoice", "Snap"],
    ],
    [
      "a nationality adjective and 'and' before a union's name",
      "Protesters holding Georgian and European Union flags rallied outside the building on Wednesday.",
      ["European Union"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(organizations(text)).toEqual(expected);
  });

  it("keeps a committee's portfolio list whole ('on Science, Space and Technology')", () => {
    const names = organizations("The House Committee on Science, Space and Technology held a hearing on Monday.");
    expect(names).not.toContain("Space");
    expect(names).not.toContain("Technology");
  });
});
