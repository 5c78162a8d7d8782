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

describe("names the tagger cuts or misreads (entities-132)", () => {
  it.each([
    [
      "a body for a cause whose cause runs on after 'of the'",
      "The Reporters Committee for Freedom of the Press, a press-freedom group, said the subpoena was improper.",
      ["Reporters Committee for Freedom of the Press"],
    ],
    [
      "a ministry whose first portfolio is a region",
      "Norway’s Ministry for Europe and Foreign Affairs said in a statement that the talks would resume.",
      ["Ministry for Europe and Foreign Affairs"],
    ],
    [
      "a congregation the tagger reads as its building",
      "The Rev. Alvin Okafor, 66, the pastor of Grace Baptist Church in Evansville, said he had buried two members.",
      ["Grace Baptist Church"],
    ],
    [
      "a paper after a lower-case 'the' that the tagger reads as a person",
      "A regional official who asked not to be named told the Giornale di Sicilia that the aid had been delayed.",
      ["Giornale di Sicilia"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(organizations(text)).toEqual(expected);
  });

  it("keeps a person after a lower-case 'the' when initials open the name", () => {
    const g = extractDocument({
      id: "t",
      text: "I don't know, the O.J. Simpson story, maybe.",
      origin: "t",
      format: "text",
    });
    expect(g.entities.map((e) => [e.type, e.name])).toEqual([["Person", "O.J. Simpson"]]);
  });
});
