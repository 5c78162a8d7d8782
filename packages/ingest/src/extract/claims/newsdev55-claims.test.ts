import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => c.text);
}

describe("claims newsdev55 read wrong (rules-166)", () => {
  it.each([
    [
      "a pay rise demanded",
      "Shipyard\n\nMonday, May 4, 2026\n\nThe union is demanding a monthly base pay rise of 148,000 won and direct hiring of subcontracted workers.",
    ],
    [
      "arbitration threatened",
      "Shipyard\n\nMonday, May 4, 2026\n\nA 51-day strike at another shipyard ended after the government threatened emergency arbitration.",
    ],
  ])("no claim in %s", (_name, text) => {
    expect(claims(text)).toEqual([]);
  });
});
