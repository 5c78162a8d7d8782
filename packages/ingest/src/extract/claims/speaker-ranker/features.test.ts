import { describe, expect, it } from "vitest";
import { analyzeText } from "../../extract-document.js";
import { attributeClaims } from "../attribute.js";
import { anchorToken, speakerCandidates } from "./candidates.js";
import { inOtherClause } from "./features.js";

/** The first claim's candidates that stand in an adverbial clause the cue is not in. */
function inOtherClauses(text: string): string[] {
  const doc = analyzeText(text);
  const claim = attributeClaims(doc, { claimUnit: "attribution" })[0];
  if (!claim) throw new Error(`no claim in ${text}`);
  const anchor = anchorToken(doc, claim);
  return speakerCandidates(doc, claim)
    .filter((c) => c.ref && inOtherClause(doc.tokens, c, anchor))
    .map((c) => text.slice(c.ref?.start, c.ref?.end));
}

describe("inOtherClause", () => {
  it.each([
    [
      "the subject of a 'while' clause before the comma",
      "While White House officials denied it, Donald Trump said the decision was his.",
      ["White House", "it"],
    ],
    ["no subordinator: the same clause", "White House officials denied it, and Donald Trump said it was his.", []],
    ["a subordinate clause after the cue is not before it", "Donald Trump said it was his while aides denied it.", []],
  ])("%s", (_, text, expected) => {
    expect(inOtherClauses(text)).toEqual(expected);
  });
});
