import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.filter((e) => e.kind !== "country")
    .map((e) => `${e.type} ${e.name}`)
    .sort();
}

describe("names newsdev36 read wrong (entities-148)", () => {
  it.each([
    [
      "a federal agency and its initials after the country's",
      "The U.S. Environmental Protection Agency sent a team. EPA Regional Administrator Thomas Kerrigan said the agency had warned the borough.",
      ["Organization U.S. Environmental Protection Agency", "Person Thomas Kerrigan"],
    ],
    [
      "a name before a plural's possessive and an organization's noun",
      "Rosa Quispe Huamán, 44, leads the Awana Warmi weavers' association in Chinchero.",
      ["Organization Awana Warmi", "Person Rosa Quispe Huamán"],
    ],
    [
      "a name over 'in' and a place when the bracketed short name names the whole",
      "The Trade Union of Education in Finland (OAJ) said the survey was sound.",
      ["Organization Trade Union of Education in Finland"],
    ],
    [
      "a news organization's state edition",
      "PolitiFact Missouri rated that claim Half True, saying the money had been accounted for.",
      ["Organization PolitiFact Missouri"],
    ],
  ])("%s", (_name, text, expected) => {
    const found = entities(text);
    for (const name of expected) expect(found).toContain(name);
    expect(found.length).toBe(expected.length);
  });

  it("keeps a short name the words before 'in' spell, small words counted", () => {
    expect(entities("The Ministry of Health in Ghana (MOH) said the clinics were open.")).toContain(
      "Organization Ministry of Health",
    );
  });
});
