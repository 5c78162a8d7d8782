import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function pairs(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .affiliations.map((a) => `${a.person} — ${a.organization}`)
    .sort();
}

// rules-109 (party-notation.ts `partyInBrackets`, affiliations.ts `stateChamber`)
describe("a party in brackets after a name", () => {
  it.each([
    [
      "American notation with a district",
      "Senator Lucia Benavides (D-Tucson) said no. Democrats walked out.",
      "Lucia Benavides — Democratic Party",
    ],
    [
      "American notation with a state's abbreviation",
      "Sen. John McCain (R-Ariz.) said no. Republicans agreed.",
      "John McCain — Republican Party",
    ],
    [
      "an acronym the article defines",
      "The bill, presented by Labour Minister Jörg Wiesenthal-Kröger (CDU), would raise the age. The Christian Democratic Union (CDU) backed it.",
      "Jörg Wiesenthal-Kröger — Christian Democratic Union",
    ],
  ])("%s", (_, text, pair) => {
    expect(pairs(text)).toContain(pair);
  });

  it("an independent's letter names no party", () => {
    expect(pairs("Sen. Bernie Sanders (I-Vt.) said no.").some((p) => / Party$/.test(p))).toBe(false);
  });

  it("a bracket after a name holding no party adds none", () => {
    expect(pairs("Ana Souza (pictured) said no.")).toEqual([]);
  });
});

describe("a bare member's title in a story of one state chamber", () => {
  it("sits the senator in the state's senate", () => {
    expect(
      pairs("The Arizona State Senate voted 18–12 on Wednesday. Senator Lucia Benavides said wells had dropped."),
    ).toEqual(["Lucia Benavides — Arizona State Senate"]);
  });

  it("leaves the United States Senate where the story names it too", () => {
    expect(
      pairs("The Missouri Senate voted. The U.S. Senate did not. Senator Ted Cruz said the vote was wrong."),
    ).not.toContain("Ted Cruz — Missouri Senate");
  });
});

// rules-136 (party-notation.ts `partyAfterComma`, `partyPlural`; affiliations.ts the capitalised short name)
describe("AP's party and state between commas, the parties' plurals, a body's short name (rules-136)", () => {
  it.each([
    [
      "a state's abbreviation between commas",
      "Senate Majority Leader Dale Haverford, R-Tenn., said the agreement would open markets. Republicans agreed.",
      "Dale Haverford — Republican Party",
    ],
    [
      "a state written out, then a relative clause",
      "Sen. Marjorie Kowalczyk, D-Ohio, who led the opposition, said the deal would ship jobs abroad. Democrats agreed.",
      "Marjorie Kowalczyk — Democratic Party",
    ],
    [
      "a capitalised short name's possessive",
      "The U.S. Chamber of Commerce praised the vote. Gregory Ashby-Lyle, the Chamber's executive vice president, said tariff cuts would save exporters money.",
      "Gregory Ashby-Lyle — U.S. Chamber of Commerce",
    ],
  ])("%s", (_, text, pair) => {
    expect(pairs(text)).toContain(pair);
  });

  it("names no party for an independent's notation", () => {
    expect(pairs("Sen. Angus Thorne, I-Maine, said he would vote no.").filter((p) => p.includes("Party"))).toEqual([]);
  });

  it("gives the party the plural its members go by when the article writes it", () => {
    const g = extractDocument({
      id: "t",
      text: "Forty-five Republicans voted for the deal. Sen. Dale Haverford, R-Tenn., said it would pass.",
      origin: "t",
      format: "text",
    });
    expect(g.entities.find((e) => e.name === "Republican Party")?.aliases).toEqual(["Republicans"]);
    const without = extractDocument({
      id: "t",
      text: "Sen. Dale Haverford, R-Tenn., said the deal would pass.",
      origin: "t",
      format: "text",
    });
    // (no party the article names as a noun: the letters make none up, entities-142 and the gold READMEs, newsdev24
    // vo06 and newsdev26 vq04)
    expect(without.entities.map((e) => e.name)).toEqual(["Dale Haverford"]);
    expect(without.affiliations).toEqual([]);
  });
});

describe("a state legislator's abbreviated title (rules-136)", () => {
  it.each([
    ["no United States chamber for a state's representative", "State Rep. Dale Fortunato said no.", []],
    [
      "the one state legislature the article names",
      "State Rep. Dale Fortunato of Keizer said he would introduce a bill in the Oregon Legislative Assembly next session.",
      ["Dale Fortunato — Oregon Legislative Assembly"],
    ],
    [
      "the United States chamber for a bare title, where the article names the chamber",
      "The House voted on Tuesday. Rep. Dale Fortunato said no.",
      ["Dale Fortunato — United States House of Representatives"],
    ],
    // (a senator with no Senate named is the party's only: the gold READMEs, newsdev14; entities-142)
    ["no United States chamber the article does not name", "Rep. Dale Fortunato said no.", []],
    [
      "nor the Senate for a senator",
      "Sen. Dale Fortunato, a member of the Senate Foreign Relations Committee, said no.",
      ["Dale Fortunato — Senate Foreign Relations Committee"],
    ],
  ])("%s", (_, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("an appositive after AP's party and state (rules-137)", () => {
  it("reads the role set off after the notation's second comma", () => {
    expect(
      pairs(
        "The provision, written by Rep. Delbert Voss, R-Mo., chairman of the House Transportation and Infrastructure Committee, would raise the limit.",
      ),
    ).toContain("Delbert Voss — House Transportation and Infrastructure Committee");
  });
});

// rules-142 (read on gold/newsdev31)
describe("a party and state after a name, an office of the title, a committee named for its candidate (rules-142)", () => {
  it.each([
    [
      "The New York Times's party and state, then 'and' and a role",
      "Democrats and Republicans met. Senator Thaddeus Wingfield, Republican of Kansas and the chairman of the Senate Judiciary Committee, said the judge was fine.",
      ["Thaddeus Wingfield — Republican Party", "Thaddeus Wingfield — Senate Judiciary Committee"],
    ],
    [
      "the office of a title of two words the article names",
      "The Missouri Attorney General's Office opened an inquiry. Attorney General Nadia Ferrante-Lowe said her office had subpoenaed emails.",
      ["Nadia Ferrante-Lowe — Missouri Attorney General's Office"],
    ],
    [
      "not another office of a one-word title's",
      "The Chief Minister’s Office said so. Industries Minister V. R. Haridasan agreed.",
      [],
    ],
    [
      "a campaign committee's candidate by its surname",
      "A super PAC backs Rep. Colleen Brisbane. Ads were made by Brisbane for Senate, her campaign committee.",
      ["Colleen Brisbane — Brisbane for Senate"],
    ],
  ])("%s", (_, text, expected) => {
    expect(pairs(text).filter((p) => !p.includes("United States"))).toEqual(expected);
  });
});

// rules-143 (read on gold/newsdev32)
describe("relative clauses, possessives and titles before names, a committee's party member (rules-143)", () => {
  it.each([
    [
      "who has run an organization",
      "Millhaven Water Works serves the city. Howard Pruett-Lange, who has run Millhaven Water Works since 2019, said the work had slowed.",
      ["Howard Pruett-Lange — Millhaven Water Works"],
    ],
    [
      "a co-founder after an age and an appositive",
      "Denise Harwell, 67, a retired schoolteacher who co-founded the residents' group Millhaven Lead-Free Neighbors, told The Post that she had stopped believing the utility.",
      ["Denise Harwell — Millhaven Lead-Free Neighbors"],
    ],
    [
      "who directs something at the article's one such organization",
      'Monmouth University ran the poll. "Voters say they care," said Donna Kessler-Ayala, who directs polling at the university.',
      ["Donna Kessler-Ayala — Monmouth University"],
    ],
    [
      "an organization's possessive and a role before the name's comma",
      "Kadambari Comics published the book. Kadambari Comics’ managing director, Farhan Qureshi, said the publisher would print it.",
      ["Farhan Qureshi — Kadambari Comics"],
    ],
    [
      "'the' and a title before the name's comma, the office the article names",
      "The Dauphin County District Attorney’s Office objected. The district attorney, Frances P. Kowalczyk, called the pardon “an insult.”",
      ["Frances P. Kowalczyk — Dauphin County District Attorney’s Office"],
    ],
    [
      "a party's member on the body the possessive describes",
      "Democrats were angry. The Senate Agriculture Committee met. Gloria Achterberg, the committee's top Democrat, said no.",
      ["Gloria Achterberg — Democratic Party", "Gloria Achterberg — Senate Agriculture Committee"],
    ],
  ])("%s", (_, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});
