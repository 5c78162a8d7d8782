import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): Map<string, string> {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return new Map(g.entities.map((e) => [e.name, e.type]));
}

describe("unifyTaggedTypes", () => {
  it("a person's full name outweighs two bare surnames the tagger took for an organization", () => {
    const text =
      "Sarvis would replace outgoing governor Bob McDonnell in January. " +
      "With Wikinews, Sarvis discusses his views on McDonnell's tenure. " +
      "What are your thoughts on the job Bob McDonnell has done as Governor of Virginia? " +
      "McDonnell did well early in his term pushing back against Senate Democrats.";
    const found = entities(text);
    expect(found.get("Bob McDonnell")).toBe("Person");
    expect(found.has("McDonnell")).toBe(false);
  });
});
