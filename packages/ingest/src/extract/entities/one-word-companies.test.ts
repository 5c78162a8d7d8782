import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";
import { companyWord } from "./one-word-companies.js";

function graph(text: string) {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return {
    types: new Map(g.entities.map((e) => [e.name, e.type])),
    kinds: new Map(g.entities.map((e) => [e.name, e.kind])),
    speakers: g.claims.map((c) => c.speaker),
  };
}

describe("typeCompanyNames: a one-word company the article never introduces as a person", () => {
  it.each([
    // opening a sentence (the tagger saw no name there) and as a speaker
    ["BASEL, Switzerland — Novartis said on Tuesday it would cut 1,400 jobs.", "Novartis"],
    // inside a sentence (the tagger read a person)
    ["Shares fell after Novartis said it would cut jobs.", "Novartis"],
    ["Wesfarmers said its profit rose. Shares in Wesfarmers rose 3%.", "Wesfarmers"],
  ])("%s", (text, name) => {
    const g = graph(text);
    expect(g.types.get(name)).toBe("Organization");
    expect(g.kinds.get(name)).toBe("company");
    expect(g.speakers).toContain(name);
  });

  it.each([
    // the article writes it inside a person's full name, or after a title
    ["Anna Novartis chairs the board. Novartis said the vote was fair.", "Anna Novartis", "Person"],
    ["Dr. Novartis said the vote was fair.", "Novartis", "Person"],
    // a person's name the name lists know ("Massey", "Ford")
    ["Shares fell after Massey said the deal was off.", "Massey", "Person"],
  ])("%s keeps %s a %s", (text, name, type) => {
    expect(graph(text).types.get(name)).toBe(type);
  });
});

describe("companyWord", () => {
  it.each([
    ["Novartis", true],
    ["Unilever", true],
    // English words the company list holds as parts of longer names or as brands
    ["Family", false],
    ["General", false],
    ["Tobacco", false],
    ["Carnival", false],
    // a person's name, a first name, a city, a country, a ticker
    ["Ford", false],
    ["Icahn", false],
    ["James", false],
    ["Berlin", false],
    ["Aberdeen", false],
    ["Indonesia", false],
    ["NVDA", false],
    // not in the list
    ["Kessler", false],
  ])("%s → %s", (word, expected) => {
    expect(companyWord(word, new Set())).toBe(expected);
  });

  it("a word the document writes in lower case too is no company's name", () => {
    expect(companyWord("Novartis", new Set(["novartis"]))).toBe(false);
  });
});

describe("organization descriptors in appositives (lexicon/organizations.ts ORG_DESCRIPTORS)", () => {
  it.each([
    ["Zentiva, the Czech drugmaker, said it would cut jobs.", "Zentiva"],
    ["The supermarket chain Kaufwelt said prices would rise.", "Kaufwelt"],
    ["Kataib Sayyid, the militant group, said it would fight.", "Kataib Sayyid"],
  ])("%s", (text, name) => {
    expect(graph(text).types.get(name)).toBe("Organization");
  });

  it("a group noun modifying a role is no organization's descriptor", () => {
    expect(graph("Maria Lopez, a group leader, said the vote was fair.").types.get("Maria Lopez")).toBe("Person");
  });
});

describe("the group descriptor", () => {
  it.each([
    // a quantity, a people, a role's complement
    ["On Tuesday night, in a room in the Capitol, a group of Republicans met.", "Capitol"],
    ["Thousands of Oromos, a minority group that makes up a third of the population, have been jailed.", "Oromos"],
    ['"It is a vulnerability," said Dan Conston, a senior adviser to the group.', "Dan Conston"],
  ])("%s: %s is no organization", (text, name) => {
    expect(graph(text).types.get(name)).not.toBe("Organization");
  });
});
