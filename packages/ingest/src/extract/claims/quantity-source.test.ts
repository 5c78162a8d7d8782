import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => [
    c.text,
    c.speaker,
    c.anonymous ?? false,
  ]);
}

describe("poll respondents as a source ('Six in 10 say …')", () => {
  it.each([
    [
      "'Six in 10 say'",
      "Sanders has gained. Six in 10 say he is at least somewhat decisive in the race.",
      [["he is at least somewhat decisive in the race", "Six in 10", true]],
    ],
    [
      "'more than 4 in 10 said'",
      "The poll is new. More than 4 in 10 said Donald Trump would be best at handling the economy.",
      [["Donald Trump would be best at handling the economy", "More than 4 in 10", true]],
    ],
    [
      "a share of the respondents just counted",
      "The poll is new. Forty percent said Clinton was honest, and three-quarters said the same of Sanders.",
      [
        ["Clinton was honest", "Forty percent", true],
        ["the same of Sanders", "three-quarters", true],
      ],
    ],
    [
      "a number that is not 'N in M' is no source",
      "The tax rose in 2010 said nothing about the budget for the next ten years.",
      [],
    ],
  ])("%s", (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
