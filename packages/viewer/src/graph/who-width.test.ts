import { describe, expect, it } from "vitest";
import { MAX_WHO_WIDTH, whoEdgeWidth } from "./who-width.js";

describe("whoEdgeWidth", () => {
  it.each([
    [1, 3],
    [2, 6],
    [3, 9],
    [6, 18],
  ])("draws %i claim(s) %i px wide: proportional to the count", (claims, px) => {
    expect(whoEdgeWidth(claims)).toBe(px);
  });

  it("keeps growing past six claims, but never past the maximum", () => {
    const widths = [7, 12, 50, 400, 100_000].map(whoEdgeWidth);
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeGreaterThanOrEqual(widths[i - 1] as number);
    expect(widths[0]).toBeGreaterThan(whoEdgeWidth(6));
    expect(Math.max(...widths)).toBeLessThanOrEqual(MAX_WHO_WIDTH);
  });

  it("draws nothing for no claim", () => {
    expect(whoEdgeWidth(0)).toBe(0);
  });
});
