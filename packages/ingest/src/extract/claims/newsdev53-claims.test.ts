import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
  }));
}

describe("claims newsdev53 read wrong (rules-164)", () => {
  it.each([
    [
      "'the hospital association’s annual report' beside two associations",
      "Medicaid\n\nMonday, May 4, 2026\n\nThe Idaho Hospital Association paid for the ads. The measure has been endorsed by the Idaho Medical Association. Hospitals wrote off about $280 million in unpaid bills last year, according to the hospital association’s annual report.",
      "Hospitals wrote off about $280 million in unpaid bills last year",
      "Idaho Hospital Association",
    ],
    [
      "'calling that idea' and a quotation",
      'Senate\n\nMonday, May 4, 2026\n\nSolberg said she would run. She denied that the seat was a reward for loyalty to the governor, calling that idea "insulting."',
      'that idea "insulting."',
      "Solberg",
    ],
  ])("%s", (_name, text, content, speaker) => {
    expect(claims(text).find((c) => c.text === content)?.speaker).toBe(speaker);
  });

  it.each([
    [
      "a budget proposed",
      "Budget\n\nMonday, May 4, 2026\n\nMayor Gerald Pacheco on Tuesday proposed a $612 million budget for Springfield that would close the branches two days a week.",
    ],
    ["an amount demanded", "Strike\n\nMonday, May 4, 2026\n\nThe union is demanding 20 percent."],
    [
      "someone named to an office",
      "Senate seat\n\nMonday, May 4, 2026\n\nSolberg spoke to reporters on Monday after Gov. Ray Delgadillo named her to the U.S. Senate.",
    ],
  ])("no claim in %s", (_name, text) => {
    expect(claims(text)).toEqual([]);
  });
});
