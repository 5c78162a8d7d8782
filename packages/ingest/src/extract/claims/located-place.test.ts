import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

const speakers = (text: string) =>
  extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => c.speaker);

describe("a place's country, state or region after its comma is no speaker", () => {
  it.each([
    ["Police in Lagos, Nigeria said on Tuesday that two men had been arrested.", "Police in Lagos, Nigeria"],
    ["The mayor of Lyon, France said on Tuesday that the plan would go ahead.", "mayor of Lyon, France"],
    ["Officials in Austin, Texas said the storm had passed.", "Officials in Austin, Texas"],
    [
      "Scientists from James Cook University in Queensland, Australia announced on Tuesday that a new frog had been found.",
      "James Cook University",
    ],
    ["Stacy Baker of Columbia, South Carolina says she really thinks Cruz can win.", "Stacy Baker"],
  ])("%s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it("a country that is the subject speaks", () => {
    expect(speakers("After the vote, Nigeria said the election had been fair.")).toEqual(["Nigeria"]);
  });
});
