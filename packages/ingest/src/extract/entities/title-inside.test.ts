import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return g.entities.map((e) => `${e.type}: ${e.name}`).sort();
}

function affiliations(text: string): string[] {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return g.affiliations.map((a) => `${a.person} — ${a.organization}`).sort();
}

// mentions.ts `withTitleInside` (entities-109): a title inside one name the tagger read whole
describe("a title inside a name splits off the person", () => {
  it.each([
    ["a city's mayor", "Heavy rain fell on Monday, Chicago Mayor Rahm Emanuel said.", ["Person: Rahm Emanuel"]],
    ["a city of two words", "Rain fell, Atlantic City Mayor Don Guardian said.", ["Person: Don Guardian"]],
    ["a city that is also a first name", "Rain fell, Orlando Mayor Buddy Dyer said.", ["Person: Buddy Dyer"]],
    ["an unknown town", "Rain fell on Monday, Dalikan Mayor Ernesto Pagtan said.", ["Person: Ernesto Pagtan"]],
    [
      "an organization's officer, the title's modifier with the title",
      "Rain fell, United Steelworkers Political Director Tim Waters said.",
      ["Organization: United Steelworkers", "Person: Tim Waters"],
    ],
    [
      "a court's justice",
      "The court ruled, Manhattan Supreme Court Justice Frank Nervo said on Monday.",
      ["Organization: Manhattan Supreme Court", "Person: Frank Nervo"],
    ],
  ])("%s", (_, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it("gives the organization before the title its officer", () => {
    expect(affiliations("The court ruled, Manhattan Supreme Court Justice Frank Nervo said on Monday.")).toEqual([
      "Frank Nervo — Manhattan Supreme Court",
    ]);
  });

  it.each([
    ["an organization whose name holds a title word", "Equal Justice Under Law filed a brief on Monday.", "Under Law"],
    ["'General' opening a title of its own", "FBI General Counsel James Baker said no.", "Counsel James"],
  ])("does not split %s", (_, text, wrong) => {
    expect(entities(text).some((e) => e.endsWith(`: ${wrong}`))).toBe(false);
  });
});
