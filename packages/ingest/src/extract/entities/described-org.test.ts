import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";
import { describedOrganization } from "./described-org.js";

/** Each claim's speaker and whether it stayed an unnamed description. */
function speakers(text: string) {
  return extractDocument({ id: "t", text: `Headline\n\n${text}`, origin: "t", format: "text" }).claims.map((c) => [
    c.speaker,
    c.anonymous ?? false,
  ]);
}

describe("the organization a definite description names", () => {
  it.each([
    [
      "'the club' → the one team",
      "FC Rijnstad suspended coach Pieter Bosman on Monday. The club said Bosman had breached his contract.",
      [["FC Rijnstad", false]],
    ],
    [
      "'the company' → the one organization of no known kind, when no company is named",
      "Spanish regulators fined Kinetra 18 million euros. The company said it would appeal.",
      [["Kinetra", false]],
    ],
    [
      "'the airline' → the one organization of no known kind, as 'the company'",
      "The strike by AeroAndes pilots began on Monday. The airline said it had offered a pay rise.",
      [["AeroAndes", false]],
    ],
    [
      "'the company' with two organizations of no known kind: no one",
      "Kinetra and Zorvia were fined 18 million euros. The company said it would appeal.",
      [["company", true]],
    ],
    [
      "'the company' among several: the one the article is about (named 3 times, twice as often as any other)",
      "Volta Mobile lost service on Monday. Volta Mobile’s chief executive apologised. Analysts at Sankofa Capital Partners said Volta Mobile would recover. " +
        "Shares in its parent company, Sahel Telecom Holdings, fell. The company said it had ignored no warnings.",
      // (analysts at a firm are unnamed sources, the firm their affiliation: the authored golds, newsdev55 and 57)
      [
        ["Analysts at Sankofa Capital Partners", true],
        ["Volta Mobile", false],
      ],
    ],
    [
      "… not when another is named nearly as often",
      "Orion Motors and Kestrel Motors make buses. Orion Motors, Kestrel Motors and their lawyers met on Monday. " +
        "Orion Motors and Kestrel Motors fell. The company said it had ignored no warnings.",
      [["company", true]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it("types a club by its leading head (FC, AC, Sporting)", () => {
    const text = "AC Milan beat Sporting Lisbon 2-1. Coach Marco Rossi said the team had played well.";
    const entities = extractDocument({ id: "t", text: `Headline\n\n${text}`, origin: "t", format: "text" }).entities;
    expect(entities.filter((e) => e.type === "Organization").map((e) => [e.name, e.kind])).toEqual([
      ["AC Milan", "team"],
      ["Sporting Lisbon", "team"],
    ]);
  });
});

// entities-144 (read on gold/newsdev32)
describe("'city' for the one city government named 'City of …' (entities-144)", () => {
  it("finds the City of Millhaven, and no city government where none is so named", () => {
    const clusters = [
      {
        id: 0,
        type: "Organization",
        name: "City of Millhaven",
        forms: new Set(["City of Millhaven"]),
        mentions: [{ start: 0 }],
      },
      {
        id: 1,
        type: "Organization",
        name: "Millhaven City Council",
        forms: new Set(["Millhaven City Council"]),
        mentions: [{ start: 5 }],
      },
    ] as never;
    expect(describedOrganization(clusters, "city", 100)?.name).toBe("City of Millhaven");
    expect(describedOrganization([(clusters as never[])[1]] as never, "city", 100)).toBeUndefined();
  });
});
