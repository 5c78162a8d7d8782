import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function organizations(text: string): string[] {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return g.entities
    .filter((e) => e.type === "Organization" && e.kind !== "country")
    .map((e) => e.name)
    .sort();
}

describe("joinMissionNames (entities-128)", () => {
  it.each([
    [
      "a mission of one state, a city after 'in' left out",
      "The Embassy of Mexico in Washington pushed back within hours, saying Mexico had complied.",
      ["Embassy of Mexico"],
    ],
    [
      "a union's delegation to a country no lexicon lists",
      "In a statement posted on X, the Delegation of the European Union to Georgia said the amendments were incompatible with its values.",
      ["Delegation of the European Union to Georgia", "X"],
    ],
    [
      "a mission in a country, its acronym taking in the country's initial",
      "The European Union Monitoring Mission in Armenia (EUMA), which patrols the frontier, said its observers had seen no change.",
      ["European Union Monitoring Mission in Armenia"],
    ],
    [
      "the same with a prefix the acronym skips",
      "The UN Human Rights Monitoring Mission in Ukraine (HRMMU) said in a report that 163 of 170 prisoners described abuse.",
      ["UN Human Rights Monitoring Mission in Ukraine"],
    ],
    [
      "a body's head, 'for the' and its task",
      "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said in a statement that 205 defenders were home.",
      ["Coordination Headquarters for the Treatment of Prisoners of War"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(organizations(text)).toEqual(expected);
  });

  it("leaves an organization in a country without an acronym that spells it alone", () => {
    expect(
      organizations("The World Bank Group in Armenia (WB) said on Monday that growth would slow to 4 percent."),
    ).not.toContain("World Bank Group in Armenia");
  });
});
