import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

/** The content of each verb-cued report (noun cues such as "charges" are another rule's business). */
function claimTexts(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .claims.filter((c) => c.rule === "cue-clause")
    .map((c) => c.text);
}

describe("content ends where a new report starts", () => {
  it.each([
    [
      "'and said' starts a second report",
      "Joe Biden criticized the president’s foreign policy and said allies wanted to know more.",
      ["the president’s foreign policy", "allies wanted to know more"],
    ],
    [
      "', some critics fear' starts a second report",
      "Jane Miller argued that the old law was deeply flawed, some critics fear the new approach is worse.",
      ["the old law was deeply flawed", "the new approach is worse"],
    ],
    [
      "'by pointing out' ends the content",
      "Tim Kaine dismissed Clinton’s charges about his stance by pointing out that she had changed her mind.",
      ["Clinton’s charges about his stance"],
    ],
    [
      "'and vowing' is a second predicate, not content",
      "Donald Trump called them rapists and vowing to make Mexico pay for a wall.",
      ["them rapists"],
    ],
    [
      "', and more than 4 in 10 said' starts a second report",
      "Jane Miller said voters were worried about the economy, and more than 4 in 10 said the country was headed the wrong way.",
      ["voters were worried about the economy", "the country was headed the wrong way"],
    ],
    [
      "'and' joining two objects is still one content",
      "Jane Miller said the plan would raise taxes and cut services for thousands of families.",
      ["the plan would raise taxes and cut services for thousands of families"],
    ],
    [
      "a comma before a participle that is not a cue stays inside",
      "Jane Miller said the plan, passed last year by the council, would raise taxes.",
      ["the plan, passed last year by the council, would raise taxes"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(claimTexts(text)).toEqual(expected);
  });
});

// rules-116 (PolNeAR, after "(R-S.C.)" stopped ending sentences)
describe("a tail attribution with a party's bracket ends the content", () => {
  it("stops a 'that' clause at ', Sen. X (R-S.C.) told'", () => {
    const text =
      "He could embrace it, but only if he can be convinced that it’s a good business decision, Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday.";
    const contents = extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => c.text);
    expect(contents.some((c) => c.includes("Lindsey Graham"))).toBe(false);
  });
});
