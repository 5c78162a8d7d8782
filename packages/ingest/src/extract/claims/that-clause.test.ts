import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

/** [content, speaker] of each "verb that" claim. */
function thatClaims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }, { claimUnit: "attribution" })
    .claims.filter((c) => String(c.rule).startsWith("verb-that"))
    .map((c) => [c.text, c.speaker]);
}

describe("'X verbs that …'", () => {
  it.each([
    [
      "a named subject",
      "Senator Jane Miller griped that the plan will fail in the Senate next year.",
      [["the plan will fail in the Senate next year", "Jane Miller"]],
    ],
    [
      "an empty 'it' before 'appeared': no source",
      "Often, it appeared that Trump was unable to parlay the assault into a win.",
      [["Trump was unable to parlay the assault into a win", null]],
    ],
    [
      "an empty 'it' before an adjective: no source",
      "At this juncture, it's obvious that they are wasting their breath on him.",
      [["they are wasting their breath on him", null]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(thatClaims(text)).toEqual(expected);
  });
});
