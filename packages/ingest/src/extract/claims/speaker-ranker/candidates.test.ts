import { describe, expect, it } from "vitest";
import { analyzeText } from "../../extract-document.js";
import { attributeClaims } from "../attribute.js";
import { speakerCandidates } from "./candidates.js";

/** The candidates of the first claim of a text, as [source, text]. */
function candidatesOf(text: string): [string, string | null][] {
  const doc = analyzeText(text);
  const claim = attributeClaims(doc, { claimUnit: "attribution" })[0];
  if (!claim) throw new Error(`no claim in ${text}`);
  return speakerCandidates(doc, claim).map((c) => [c.source, c.ref ? text.slice(c.ref.start, c.ref.end) : null]);
}

describe("speaker candidates of a claim", () => {
  it.each([
    [
      "the rules' choice first, then no source, then mentions and pronouns around the cue (a place is none)",
      "Senator John Smith met Mary Jones in Ohio. He said that the plan would fail.",
      [
        ["rule", "He"],
        ["none", null],
        ["mention", "Senator John Smith"],
        ["mention", "Mary Jones"],
      ],
    ],
    ["no rule speaker: no source comes first", "The plan is expected to fail next year.", [["none", null]]],
    [
      "a mention in the appositive of the rules' speaker is part of that speaker",
      "Stephanie Carvin, a former analyst for the Canadian government, said the plan would fail.",
      [
        ["rule", "Stephanie Carvin"],
        ["none", null],
      ],
    ],
    [
      "nothing from inside the claim's own content",
      "Mary Jones said that John Smith would win.",
      [
        ["rule", "Mary Jones"],
        ["none", null],
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(candidatesOf(text)).toEqual(expected);
  });
});
