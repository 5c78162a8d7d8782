import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => [c.text, c.speaker, c.rule]);
}

describe("direct quotes with two apostrophes as quote marks (some wire feeds)", () => {
  it.each([
    [
      "''…,'' said Name, role.",
      "Tunnels are a problem.\n\n''The clock is ticking today for all,'' said Kevin Hecht, an expert.",
      [["The clock is ticking today for all,", "Kevin Hecht", "quote-tail"]],
    ],
    [
      "''…,'' Name said.",
      "Tunnels are a problem.\n\n''The clock is ticking today for all,'' Kevin Hecht said.",
      [["The clock is ticking today for all,", "Kevin Hecht", "quote-tail"]],
    ],
    [
      "Name said, ''…''",
      "Tunnels are a problem.\n\nKevin Hecht said, ''The clock is ticking today for all.''",
      [["The clock is ticking today for all.", "Kevin Hecht", "quote-head"]],
    ],
    ["a plural possessive apostrophe is not a quote", "The voters' choice was clear to all of the observers.", []],
  ])("%s", (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
