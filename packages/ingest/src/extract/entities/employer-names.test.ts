import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function graph(text: string) {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return {
    types: new Map(g.entities.map((e) => [e.name, e.type])),
    affiliations: g.affiliations.map((a) => `${a.person} — ${a.organization}`),
  };
}

describe("employerBefore: a name before an employee's role is an organization", () => {
  it.each([
    ["The ship was unsafe, said Greenpeace activist Maria Lopez.", "Greenpeace", "Maria Lopez — Greenpeace"],
    ["The game was delayed, Ubisoft spokesperson Anna Berg said.", "Ubisoft", "Anna Berg — Ubisoft"],
    ["The game was delayed, said Kaveri engineer Anna Berg.", "Kaveri", "Anna Berg — Kaveri"],
    [
      // a sentence's first word is an employer when the article writes it capitalised inside a sentence too
      "Greenpeace activist Maria Lopez said the ship was unsafe. It flies the flag of Malta, Greenpeace said.",
      "Greenpeace",
      "Maria Lopez — Greenpeace",
    ],
  ])("%s", (text, org, affiliation) => {
    const g = graph(text);
    expect(g.types.get(org)).toBe("Organization");
    expect(g.affiliations).toContain(affiliation);
  });

  it("a name's possessive before a person's full name (no role, so no affiliation: the possessive may be loose)", () => {
    expect(graph("The museum had closed, Hyperallergic's Jennifer Morgan wrote.").types.get("Hyperallergic")).toBe(
      "Organization",
    );
  });

  it.each([
    // a person's name modifies aides and lawyers, and the name lists know it
    ["Sanders said so. Sanders spokesman Michael Briggs agreed.", "Sanders"],
    ["The deal was off, said Abedin aide Mark Ross.", "Abedin"],
    // a party's, a people's word, a compound adjective, a sentence's capital, a subject of study
    ["The poll was wrong, said Republican strategist Karl Rove.", "Republican"],
    ["The poll was wrong, said Muslim activist Omar Said.", "Muslim"],
    ["The poll was wrong, said Washington-based analyst Omar Said.", "Washington-based"],
    ["Investigative reporter Julia Hahn wrote the story.", "Investigative"],
    ["The test was a warning, said Victor Cha, a Korea scholar at the center.", "Korea"],
    // a numbered district, and a person's name before a possessive
    ["The vote was close, said Mark Wynn, the 6th District chairman.", "District"],
    ["Hillary Clinton spoke. The plan was dead, Clinton's Huma Abedin said.", "Clinton"],
  ])("not an employer: %s", (text, word) => {
    expect(graph(text).types.get(word)).not.toBe("Organization");
  });
});

describe("a company's short name joins its full name in either order", () => {
  it("the headline's short name first", () => {
    const text =
      "Chinese carmaker Qingfeng recalls 86,000 SUVs over battery fault\n\nQingfeng Motors will recall 86,000 SUVs, regulators said. A Qingfeng spokeswoman said the company would pay.";
    const g = graph(text);
    expect(g.types.get("Qingfeng Motors")).toBe("Organization");
    expect(g.types.has("Qingfeng")).toBe(false);
  });
});
