import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.filter((e) => e.kind !== "country")
    .map((e) => `${e.type} ${e.name}`)
    .sort();
}

function aliasesOf(text: string, name: string): string[] {
  const entity = extractDocument({ id: "t", text, origin: "t", format: "text" }).entities.find((e) => e.name === name);
  return entity ? [...entity.aliases].sort() : [];
}

describe("names newsdev37 read wrong (entities-149)", () => {
  it.each([
    [
      "a state chamber written with and without 'State'",
      "Wisconsin Assembly panel backs tuition freeze\n\nMADISON, Wis. (AP) — Republicans who control the Wisconsin State Assembly pushed a bill on Tuesday.",
      ["Organization Associated Press", "Organization Republican Party", "Organization Wisconsin State Assembly"],
    ],
    [
      "a dateline's town and AP state abbreviation, no inverted name",
      "Pardon draws fire\n\nFRANKFORT, Ky. — Gov. Lyle Banfield said on Friday that the pardon was fair.",
      ["Person Lyle Banfield"],
    ],
    [
      "an Irish county's name, and its bare word",
      "Mayo publican speaks\n\nSeán Walsh, 63, has run a pub in Drumcarra, County Mayo, since 1994. Mayo County Council pays half the fare.",
      ["Organization Mayo County Council", "Person Seán Walsh"],
    ],
    [
      "a place's word read as a person's in the headline",
      "Coromandel ranger speaks\n\nKiwi numbers on the Coromandel Peninsula doubled, Mere Tane said on Monday.",
      ["Person Mere Tane"],
    ],
    [
      "an organization's possessive before another organization's name",
      "Marisol Tan, an economist at the University of the Philippines’ National Center for Transportation Studies, said it.",
      [
        "Organization National Center for Transportation Studies",
        "Organization University of the Philippines",
        "Person Marisol Tan",
      ],
    ],
    [
      "a charity named 'Save the …'",
      "Save the Kiwi, the national kiwi charity, warned that dogs remained the biggest threat.",
      ["Organization Save the Kiwi"],
    ],
    [
      "a prison, a facility",
      "Tate was released from the Little Sandy Correctional Complex on Thursday, his lawyer Dana Moss said.",
      ["Person Dana Moss"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it("keeps a plural's possessive inside one organization's name", () => {
    expect(
      entities("Grace Adeyemi, chair of the Marlow Court Tenants’ Association, said repairs had waited."),
    ).toContain("Organization Marlow Court Tenants’ Association");
  });

  it("reads 'VA' as the Department of Veterans Affairs by its portfolio's initials", () => {
    const text =
      "The Department of Veterans Affairs' inspector general issued a report. Gerald Fitch, a VA spokesman, said the department had ordered a review.";
    expect(aliasesOf(text, "Department of Veterans Affairs")).toContain("VA");
  });
});
