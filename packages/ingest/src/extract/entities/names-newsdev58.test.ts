import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();
}

describe("names newsdev58 read wrong (entities-170)", () => {
  it("a minister's portfolio before the title names no organization", () => {
    const text =
      "Floods\n\nMonday, May 4, 2026\n\nMore than 200,000 people have fled, according to the Ministry of Disaster Management and Relief.\n\nDisaster Management Minister Abdur Rahim Talukder told reporters in Kurigram that the ministry had opened 1,100 shelters.";
    expect(entities(text)).toEqual([
      "Organization Ministry of Disaster Management and Relief",
      "Person Abdur Rahim Talukder",
    ]);
  });
});
