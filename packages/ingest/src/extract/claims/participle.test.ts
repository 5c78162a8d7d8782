import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => [
    c.text,
    c.speaker_start != null && c.speaker_end != null ? text.slice(c.speaker_start, c.speaker_end) : null,
  ]);
}

describe("a participle after its noun ('pastors supporting Mr. Cruz')", () => {
  it.each([
    [
      "'pastors supporting'",
      "The group is small. Pastors supporting Ted Cruz's candidacy may start running ads.",
      [["Ted Cruz's candidacy may start running ads", "Pastors"]],
    ],
    [
      "'with polls showing'",
      "The race is tight in Iowa, with polls showing her formidable lead having evaporated.",
      [["her formidable lead having evaporated", "polls"]],
    ],
    [
      "'is supporting' is a progressive verb, not this form",
      "The mayor is supporting a new budget plan for schools.",
      [["a new budget plan for schools", "The mayor"]],
    ],
    ["after an adverb it is not this form", "The council voted quickly supporting nothing in particular today.", []],
  ])("%s", (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
