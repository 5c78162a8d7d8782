import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function graph(text: string) {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return {
    entities: g.entities.map((e) => `${e.type}:${e.name}`).sort(),
    affiliations: g.affiliations.map((a) => `${a.person} — ${a.organization} (${a.role ?? ""})`),
    speakers: g.claims.map((c) => c.speaker),
  };
}

describe("honorifics with no full stop, British style", () => {
  it.each([
    ["Mr Sunak said the plan would work.", ["Person:Sunak"], ["Sunak"]],
    ["Ms Ardern told reporters the deal was dead.", ["Person:Ardern"], ["Ardern"]],
    // the honorific is no part of the name: the short form joins the full one
    [
      "Nigel Farage said the vote was won. Mr Farage added that he was glad.",
      ["Person:Nigel Farage"],
      ["Nigel Farage", "Nigel Farage"],
    ],
    // a month's name after a title is the person's
    ["Mrs May said the deal was dead.", ["Person:May"], ["May"]],
    [
      "Theresa May said the deal was dead. Mrs May added that she was sad.",
      ["Person:Theresa May"],
      ["Theresa May", "Theresa May"],
    ],
  ])("%s", (text, entities, speakers) => {
    const g = graph(text);
    expect(g.entities).toEqual(entities);
    expect(g.speakers).toEqual(speakers);
  });

  it("only as written: an all-capital MS is no honorific", () => {
    expect(graph("MS Dhoni said the pitch was slow.").entities).not.toContain("Person:Dhoni");
  });
});

describe("a country's possessive before a title names the office's country", () => {
  it.each([
    ["France's President Emmanuel Macron said the deal was fair.", "Emmanuel Macron — France (President)"],
    [
      "Russia's Foreign Minister Sergei Lavrov said the talks were useful.",
      "Sergei Lavrov — Russia (Foreign Minister)",
    ],
    ["South Korea's President Yoon Suk Yeol said the talks were useful.", "Yoon Suk Yeol — South Korea (President)"],
  ])("%s", (text, affiliation) => {
    const g = graph(text);
    expect(g.affiliations).toEqual([affiliation]);
  });

  it("the title's default country stands where no possessive does", () => {
    expect(graph("President Joe Biden said the deal was fair.").affiliations).toEqual([
      "Joe Biden — United States (President)",
    ]);
  });
});
