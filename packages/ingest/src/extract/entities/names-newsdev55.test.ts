import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.filter((e) => e.kind !== "country")
    .map((e) => `${e.type} ${e.name}`)
    .sort();
}

describe("names newsdev55 read wrong (entities-167)", () => {
  it.each([
    [
      "a road's name",
      "Floods\n\nMonday, May 4, 2026\n\nFamilies have camped for days on the raised embankment of the Indus Highway.",
      [],
    ],
    [
      "a labour secretariat read as a person's",
      "Strike\n\nMonday, May 4, 2026\n\nThe national Labour Secretariat has called both sides to a compulsory conciliation hearing.",
      ["Organization Labour Secretariat"],
    ],
    [
      "an air rescue service set off after its name",
      "Avalanche\n\nMonday, May 4, 2026\n\nRega, the Swiss air rescue service, said two of its helicopters had flown to the slope.",
      ["Organization Rega"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});
