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

describe("surnamesReadAsPlaces", () => {
  const mentionsOf = (text: string, name: string): string[] => {
    const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
    const e = g.entities.find((x) => x.name === name);
    return (e?.mentions ?? []).map((m) => text.slice(m.start, m.end));
  };
  const DELCOURT =
    "LIÈGE, Belgium — Belgian cyclist Mathis Delcourt has been provisionally suspended over irregular values in his biological passport, the International Testing Agency (ITA) announced on Wednesday.\n\n" +
    "The ITA said three blood samples taken from Delcourt between February and April were “highly likely” to reflect the use of a prohibited substance.\n\n" +
    "Delcourt, 26, joined Ardenne–Voltis Pro Cycling from a French team in 2024.\n\n" +
    "De Wulf said its own doctors had never found anything abnormal in Delcourt’s tests.";
  it.each([
    ["a surname the tagger read as a place, after “from”", DELCOURT, "Mathis Delcourt", 4],
    [
      "a place where the text says so (“in Lincoln”, “Lincoln, Nebraska”) stays one",
      "Senator Ben Lincoln spoke on Monday. The plant in Lincoln will close.",
      "Ben Lincoln",
      1,
    ],
    [
      "… and before a state",
      "Senator Ben Lincoln spoke on Monday. The plant will move from Lincoln, Nebraska, to Iowa.",
      "Ben Lincoln",
      1,
    ],
  ])("%s", (_case, text, name, count) => {
    expect(mentionsOf(text, name)).toHaveLength(count);
  });
});
