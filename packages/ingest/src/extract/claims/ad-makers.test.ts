import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function speakers(text: string): (string | null)[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => c.speaker);
}

describe("an ad speaks for the one who runs it (ad-makers.ts, rules-136)", () => {
  it.each([
    [
      "the ad's narrator, after an appositive's name",
      'An advocacy group, the Judicial Crisis Network, began running a television ad in five states on Tuesday. "The next justice could change the direction of the country for a generation," the ad\'s narrator says over images of the Capitol.',
      ["Judicial Crisis Network"],
    ],
    [
      "the ad itself",
      'Forward Heartland Action released a new 30-second ad on Monday. "She has never backed down from a fight," the ad says.',
      ["Forward Heartland Action"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it("leaves the narrator unnamed where no one runs an ad", () => {
    expect(
      speakers('"The next justice could change the country for a generation," the ad\'s narrator says.'),
    ).not.toContain("Judicial Crisis Network");
  });
});
