import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";
import type { Token } from "../text/tokens.js";
import { tokenize } from "../text/tokens.js";
import { antecedentEnd } from "./speaker.js";

/** Each claim as [speaker name, speaker span, claim text, anonymous] in the quotation unit (the product's default). */
function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }, { speakerRanker: null }).claims.map((c) => [
    c.speaker,
    c.speaker_start == null ? null : text.slice(c.speaker_start, c.speaker_end ?? 0),
    c.text,
    c.anonymous === true,
  ]);
}

describe("a relative pronoun stands for its antecedent across a dash, a bracket or an age", () => {
  it.each([
    [
      "an em dash",
      "Senator Lindsey Graham spoke on Monday. On Monday, Graham—who said the bill was fair—said he would help.",
      ["Lindsey Graham", "who", "the bill was fair"],
    ],
    [
      "a spaced hyphen, and the content ends at the closing one",
      "GOP front-runner Donald Trump - who previously said he would bomb the oil fields - said at a rally that the borders should close.",
      ["Donald Trump", "who", "he would bomb the oil fields"],
    ],
    [
      "a party label in brackets",
      "Immigration is a hot topic. Rep. Zoe Lofgren (D-Calif.), who said the plan is bad, left early.",
      ["Zoe Lofgren", "who", "the plan is bad, left early"],
    ],
    [
      "an age",
      "“I was not bothered by it,” said Sue Seedorff-Keninger, 62, who said she is still undecided.",
      ["Sue Seedorff-Keninger", "who", "she is still undecided"],
    ],
  ])("%s", (_name, text, [speaker, span, content]) => {
    expect(claims(text)).toContainEqual([speaker, span, content, false]);
  });

  it.each([
    [
      "a place at the end of the appositive",
      "“It may be of concern,” said Alan Berger, a gynecologist from Englewood, New Jersey, who said he is friendly with the Kushners.",
      ["Alan Berger", "who", "he is friendly with the Kushners"],
    ],
    [
      "a role in the appositive",
      "“Nothing will change,” said Edward G. Rendell, a former Pennsylvania governor, who said the race was over.",
      ["Edward G. Rendell", "who", "the race was over"],
    ],
    [
      "someone the appositive only names",
      "“We will march,” said Elizabeth Arnold, 32, a former staff member for the Sanders campaign in Philadelphia who said she planned to demonstrate.",
      ["Elizabeth Arnold", "who", "she planned to demonstrate"],
    ],
    [
      "'now' before the role, a year between 'who' and the verb",
      "Obama has had a frosty relationship with Mitch McConnell, now the Senate majority leader, who in 2010 said the GOP's goal was to beat Obama.",
      ["Mitch McConnell", "who", "the GOP's goal was to beat Obama"],
    ],
  ])("'who' after an appositive is the person it describes: %s", (_name, text, [speaker, span, content]) => {
    expect(claims(text)).toContainEqual([speaker, span, content, false]);
  });

  it.each([
    [
      "'which' after a spaced double hyphen",
      "Instead, the study -- which notes that 58 companies would owe $212 billion in federal taxes -- is useful.",
      ["study", "which", "58 companies would owe $212 billion in federal taxes"],
    ],
    [
      "'together' between 'which' and its verb",
      "The deal came from China and the United States, the two biggest polluters, which together vowed to stave off the worst effects of climate change.",
      ["biggest polluters", "which", "to stave off the worst effects of climate change"],
    ],
  ])("'which' stands for its antecedent: %s", (_name, text, [speaker, span, content]) => {
    expect(claims(text).map((c) => [c[0], c[1], c[2]])).toContainEqual([speaker, span, content]);
  });

  it("'who' right after a person's name is that person, appositive or not", () => {
    const text = "“We won,” said Ted Cruz, a rival of Bernie Sanders, who said the plan was fair.";
    expect(claims(text)).toContainEqual(["Bernie Sanders", "who", "the plan was fair", false]);
  });

  it("'who' in a clause is not the person before its comma", () => {
    const text =
      "The governor is weaker than President Barack Obama, putting those who said the plan was fair in a bind.";
    const speakers = claims(text)
      .filter((c) => String(c[2]).startsWith("the plan was fair"))
      .map((c) => c[0]);
    expect(speakers).toHaveLength(1);
    expect(speakers).not.toContain("Barack Obama");
  });

  it.each([
    [
      "an auxiliary",
      "Jeb Bush left the race. Mr. Graham, who said the race was over, has endorsed Mr. Cruz since then.",
      "the race was over",
    ],
    [
      "a past tense",
      "The race tightened. Sen. Jeff Flake, who said Mr. Cruz could win, warned of a ferocious battle ahead.",
      "Mr. Cruz could win",
    ],
    [
      "an adverb and a past tense",
      "The race tightened. Sen. Jeff Flake, who said Mr. Cruz could win, quickly endorsed him on Monday.",
      "Mr. Cruz could win",
    ],
  ])("ends a ', who …,' clause's content before the main clause's verb: %s", (_name, text, content) => {
    expect(claims(text).map((c) => c[2])).toContain(content);
  });

  it("keeps commas of the content when no main verb follows them", () => {
    const text = "The race tightened. Sen. Jeff Flake, who said taxes, trade and jobs matter most, left early.";
    expect(claims(text).some((c) => String(c[2]).startsWith("taxes, trade and jobs matter most"))).toBe(true);
  });

  it("keeps the main clause's own claim after a dashed relative clause", () => {
    const found = claims(
      "GOP front-runner Donald Trump - who previously said he would bomb the oil fields - said at a rally that the borders should close.",
    );
    expect(found).toContainEqual(["Donald Trump", "Donald Trump", "the borders should close", false]);
  });

  it("does not give a dashed 'which' a thing for a speaker", () => {
    const found = claims(
      "Turnout fell. The falloff in turnout - which often reveals whether a candidate is exciting voters - was steep.",
    );
    expect(found.map((c) => c[0])).not.toContain("falloff");
  });
});

describe("antecedentEnd", () => {
  const at = (text: string) => {
    const tokens: Token[] = tokenize(text);
    const who = tokens.findIndex((t) => t.lower === "who");
    return tokens[antecedentEnd(tokens, who - 1)]?.text;
  };
  it.each([
    ["Mr. Sanders, who left", "Sanders"],
    ["Graham—who left", "Graham"],
    ["David Duke (who left)", "Duke"],
    ["Rep. Zoe Lofgren (D-Calif.), who left", "Lofgren"],
    ["Sue Keninger, 62, who left", "Keninger"],
    ["the voters who left", "voters"],
  ])("%s → %s", (text, expected) => {
    expect(at(text)).toBe(expected);
  });
});

describe("speakers that were words of another phrase", () => {
  it.each([
    [
      "a cue that is a person's noun after a determiner is that noun ('A federal judge')",
      "The case went on. A federal judge warned that they could not go home early.",
      ["federal judge", "A federal judge"],
    ],
    [
      "a lone 'most' is described by itself, never by an empty name",
      // (a plan is no claim in the quotation unit since rules-128: "most say" keeps the lone quantifier the speaker)
      "Among those who want a continuation of Obama’s policies, most say they will support Clinton in the primary.",
      ["most", "most"],
    ],
  ])("%s", (_name, text, [speaker, span]) => {
    const found = claims(text);
    expect(found.map((c) => [c[0], c[1]])).toContainEqual([speaker, span]);
    expect(found.map((c) => c[0])).not.toContain("");
    expect(found.map((c) => c[0])).not.toContain("federal");
  });

  it("does not read a quantifier after 'said' as an inverted speaker", () => {
    const found = claims(
      "Mandy Tsang of the Hong Kong Bondholders Alliance, which represents about 600 retail investors who bought the bonds, said most of the group’s members had recovered less than a fifth of their money.",
    );
    expect(found.map((c) => c[0])).not.toContain("most");
    expect(found.map((c) => c[2])).toContain(
      "most of the group’s members had recovered less than a fifth of their money",
    );
  });

  it("reads a surname the entity layer took for a nationality as the person named earlier", () => {
    const found = claims(
      "Dallas Mavericks owner Mark Cuban spoke on Monday. Trump's grasp of policy and temperament are worrying, Cuban said.",
    );
    expect(found).toContainEqual([
      "Mark Cuban",
      "Cuban",
      "Trump's grasp of policy and temperament are worrying",
      false,
    ]);
  });

  it("keeps a nationality an unnamed source when nobody of the article has it as surname", () => {
    const found = claims("The talks went on. A Cuban official said the plan was bad for the island.");
    expect(found).toContainEqual(["Cuban official", "A Cuban official", "the plan was bad for the island", true]);
  });

  it("gives a phrase that ends at a comma before 'said' no content, so the sentence's own claim stays", () => {
    const found = claims(
      "Immigration is a hot topic. Rep. Zoe Lofgren, who introduced a bill this month aimed at improving conditions in Central America, said in a statement that the plan is bad.",
    );
    expect(found).toContainEqual(["Zoe Lofgren", "Rep. Zoe Lofgren", "the plan is bad", false]);
    expect(found.map((c) => c[2])).not.toContain("said in a statement that the plan is bad");
  });
});

describe("the 'who' after a predicate noun is the copula's subject (rules-92)", () => {
  it.each([
    [
      "a predicate noun right after the copula",
      "Elizabeth Warren is the party unifier who speaks to swing state liberals about the need for reform.",
      ["Elizabeth Warren", "who", "to swing state liberals about the need for reform", false],
    ],
    [
      "the last of a list of predicate nouns, the subject before a first verb phrase",
      "Donald Trump regularly incites political violence and is a serial liar, rampant xenophobe, racist, misogynist and birther who has repeatedly claimed that all Muslims should be banned from entering the country.",
      ["Donald Trump", "who", "all Muslims should be banned from entering the country", false],
    ],
    [
      "an object, not a predicate, keeps its own description",
      "The mayor met an architect who said the plan would fail within a year.",
      ["architect", "who", "the plan would fail within a year", true],
    ],
    [
      "a possessive 's is no copula",
      "There was much overlap with Sanders's team, a White House official who spoke anonymously to discuss internal strategy said Wednesday.",
      ["White House official", "who", "anonymously to discuss internal strategy said Wednesday", true],
    ],
  ])("%s", (_name, text, expected) => {
    expect(claims(text)).toContainEqual(expected);
  });
});
