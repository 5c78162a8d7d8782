import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return g.entities
    .filter((e) => e.kind !== "country")
    .map((e) => `${e.type}:${e.name}`)
    .sort();
}

describe("campaign committees and super PACs (entities-128)", () => {
  it.each([
    [
      "a surname, 'for' and an office is a campaign's name",
      "DeShawn Pickett, a spokesman for Oyelaran for President, denied that the campaign had coordinated with the group.",
      ["Organization:Oyelaran for President", "Person:DeShawn Pickett"],
    ],
    [
      "'super PAC' names no committee",
      "Common Ground Majority, a super PAC supporting him, began airing an ad on Friday. The super PAC declined to comment.",
      ["Organization:Common Ground Majority"],
    ],
    [
      "an office followed by a name is the person's title",
      "Marisa Colton voted for President Obama twice, she said on Friday.",
      ["Person:Marisa Colton", "Person:Obama"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it("leaves a goal written in capitals alone ('Term Limits for Congress')", () => {
    expect(entities("He named his goals: Term Limits for Congress and a balanced budget.")).not.toContain(
      "Organization:Term Limits for Congress",
    );
  });
});
