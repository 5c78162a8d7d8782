import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
  }));
}

const HEAD = "Story\n\nTuesday, November 3, 2015\n\n";

describe("claims newsdev67 read wrong (rules-179)", () => {
  it("a denial's 'saying' clause keeps its passive participles", () => {
    const found = claims(
      `${HEAD}Minera Cordillera Norte denied that the collapse was linked to the order, saying the section that gave way had been inspected in July and found to meet all requirements.`,
    );
    expect(found.map((c) => c.text)).not.toContain("to meet all requirements");
    expect(found).toContainEqual({
      text: "the section that gave way had been inspected in July and found to meet all requirements",
      speaker: "Minera Cordillera Norte",
    });
  });

  it.each([
    [
      "thanks with a quotation",
      `${HEAD}In a statement, Crane thanked Whitlock for "years of loyalty" to the campaign.`,
    ],
    [
      "rejecting calls to act",
      `${HEAD}A ministry spokeswoman said it would not intervene, rejecting calls from some business groups to require arbitration before strikes.`,
    ],
  ])("no claim: %s", (_name, text) => {
    expect(claims(text).map((c) => c.text)).not.toContainEqual(expect.stringMatching(/loyalty|arbitration/));
  });
});
