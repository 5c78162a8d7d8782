import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.filter((e) => e.kind !== "country")
    .map((e) => `${e.type}:${e.name}`)
    .sort();
}

function speakers(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => [c.text, c.speaker]);
}

describe("short names joined to the full one (entities-129)", () => {
  it.each([
    [
      "a headline's name without its second surname",
      "Chilean developer Valentina Rojas tells Wikinews why she left\n\nValentina Rojas Quiroga, a game developer, said on Friday that she had bought the rights back.",
      ["Organization:Wikinews", "Person:Valentina Rojas Quiroga"],
    ],
    [
      "a company's distinctive words read as a person's name",
      "Kestrel Forge Interactive released the game in 2023. Kestrel Forge said in a statement that the two companies had parted on good terms.",
      ["Organization:Kestrel Forge Interactive"],
    ],
    [
      "a company's first word after its full name",
      "The states sued the loan servicer Brightpath Loan Services on Tuesday. Brightpath said the lawsuit was without merit.",
      ["Organization:Brightpath Loan Services"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it.each([
    [
      "a father and son ('Sr.')",
      "Rep. Duncan Hunter endorsed him. His father, Duncan Hunter Sr., a former congressman, said he agreed.",
      "Person:Duncan Hunter",
    ],
    [
      "a foundation named for a person",
      "Chelsea Clinton spoke on Monday. The Chelsea Clinton Foundation said donors had given $2 million.",
      "Person:Chelsea Clinton",
    ],
    [
      "a party's first word written before its full name",
      "Activists of the main opposition party, Chama cha Demokrasia na Maendeleo (Chadema), met. Candidates of the ruling Chama Cha Mapinduzi (CCM) said the rules applied to every party.",
      "Organization:Chama Cha Mapinduzi",
    ],
  ])("keeps apart %s", (_name, text, kept) => {
    expect(entities(text)).toContain(kept);
  });

  it("keeps the senator apart from a headline that ran into its verb", () => {
    const names = entities(
      "Elizabeth Warren Hammers Wells Fargo CEO\n\nSen. Elizabeth Warren grilled the Wells Fargo chief on Tuesday. Warren said he should resign.",
    );
    expect(names).toContain("Person:Elizabeth Warren");
  });
});

describe("a female role noun tells the gender a first-name list gets wrong (entities-129)", () => {
  it.each([
    [
      "'spokeswoman Kendall Rourke … She denied'",
      "Attorney General Kenji Morrow-Tanaka said the states would seek restitution.\n\nEducation Department spokeswoman Kendall Rourke said in a statement that the lawsuit was a stunt.\n\nShe denied that the department had knowingly reported false delinquencies.",
      ["the department had knowingly reported false delinquencies", "Kendall Rourke"],
    ],
    [
      "a '-man' role leaves a woman a woman ('Trump spokesman Hope Hicks … she said')",
      'Ted Cruz spoke in Iowa. Trump spokesman Hope Hicks confirmed that the group was independent. "They are not affiliated with the campaign," she said.',
      ["They are not affiliated with the campaign,", "Hope Hicks"],
    ],
  ])("%s", (_name, text, claim) => {
    expect(speakers(text)).toContainEqual(claim);
  });
});

describe("names the rules cut (entities-129)", () => {
  it.each([
    [
      "a circuit's ordinal",
      "The department has 60 days to appeal to the 10th U.S. Circuit Court of Appeals.",
      "Organization:10th U.S. Circuit Court of Appeals",
    ],
    [
      "an Italian bank",
      "The club's sponsor, Banca Etrusca, said it would review the deal.",
      "Organization:Banca Etrusca",
    ],
    [
      "an Italian football club",
      "Valdarno Calcio suspended the striker for two games on Monday.",
      "Organization:Valdarno Calcio",
    ],
    [
      "an office named for its holder",
      "The Legislative Analyst's Office said the deferral would be the largest in a decade.",
      "Organization:Legislative Analyst's Office",
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toContain(expected);
  });
});

describe("names newsdev18 showed cut or joined wrong (entities-130)", () => {
  it.each([
    [
      "an ampersand between two names",
      "The novel was published by Faber & Faber in London last year.",
      "Organization:Faber & Faber",
    ],
    [
      "an ampersand and a legal form",
      "Miriam Achterberg, a lawyer at Whitcomb & Dray LLP who represents candidates, said so.",
      "Organization:Whitcomb & Dray LLP",
    ],
    [
      "a body's head, 'on' and its subject",
      "Mira Patel, a senior fellow at the Council on Foreign Relations, said the speech was a shift.",
      "Organization:Council on Foreign Relations",
    ],
    [
      "a subject list after 'on'",
      "The Senate Committee on Agriculture, Nutrition, and Forestry met on Monday.",
      "Organization:Senate Committee on Agriculture, Nutrition, and Forestry",
    ],
    [
      "a named poll is its university's",
      "A new Elon University Poll released Tuesday found that Favreau leads the race.",
      "Organization:Elon University",
    ],
    [
      "a campaign committee 'for America'",
      "Her campaign committee, Lisowski for America, raised $40 million, its report showed.",
      "Organization:Lisowski for America",
    ],
    [
      "a nickname's short form joined to the full name",
      'Senate hopeful Mac Thibodeau tells Wikinews why\n\nMarcus "Mac" Thibodeau, a former captain, is the party\'s candidate.',
      "Person:Marcus Thibodeau",
    ],
    [
      "an exclamation mark of a name's own",
      "The album sold well, and the British magazine Kerrang! called it the record of the year.",
      "Organization:Kerrang!",
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    [
      "a day after 'on'",
      "The United Nations Security Council on Friday condemned the test.",
      "Organization:United Nations Security Council on Friday",
    ],
    [
      "a person's title after the name",
      "Council on American-Islamic Relations National Executive Director Nihad Awad said the remarks were dangerous.",
      "Organization:Council on American-Islamic Relations National Executive Director Nihad Awad",
    ],
    [
      "days joined by 'and'",
      "The volunteers come on Tuesday and Thursday nights to cook.",
      "Person:Tuesday and Thursday",
    ],
    [
      "a slogan's exclamation mark after a given name",
      "Jeb Bush spoke in Iowa. The Jeb! signs were everywhere, and supporters cheered.",
      "Person:Jeb!",
    ],
  ])("does not make %s part of a name", (_name, text, wrong) => {
    expect(entities(text)).not.toContain(wrong);
  });
});

describe("firms and companies newsdev19 showed (entities-131)", () => {
  it.each([
    [
      "a partner's name before a firm's '&' pair",
      "Celeste Armitage-Boyd of Hale, Mercer & Sutton wrote in a letter that she had complied.",
      "Organization:Hale, Mercer & Sutton",
    ],
    [
      "a film company",
      "The documentary was produced by Nawafez Films, a Beirut company, over four years.",
      "Organization:Nawafez Films",
    ],
    [
      "an e-sports team",
      "The jungler carried Bayanihan Esports to the world championship on Sunday.",
      "Organization:Bayanihan Esports",
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it("leaves a list of known companies with '&' a list ('Google, Apple & Microsoft')", () => {
    expect(entities("Google, Apple & Microsoft agreed to the rules on Monday.")).toContain("Organization:Google");
  });
});
