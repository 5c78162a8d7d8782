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
