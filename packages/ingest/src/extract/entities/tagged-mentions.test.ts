import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";
import { entityTagger } from "./tagger/load-model.js";

function graph(text: string) {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return {
    entities: g.entities.map((e) => `${e.type}: ${e.name}`).sort(),
    speakers: g.claims.map((c) => c.speaker),
    affiliations: g.affiliations.map((a) => `${a.person} → ${a.organization}`),
  };
}

/** The text's entities with the shipped tagger, one of its margins set to `margin` (undefined: none). */
function entitiesWithMargin(text: string, field: "personMinMargin" | "orgMinMargin", margin: number | undefined) {
  const tagger = { ...entityTagger() };
  if (margin === undefined) delete tagger[field];
  else tagger[field] = margin;
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" }, { tagger });
  return g.entities.map((e) => `${e.type}: ${e.name}`).sort();
}

// Issue 11's failure cases, written anew; the shipped tagger decides spans and types inside the runs.
describe("names with the entity tagger", () => {
  it.each([
    [
      "'X of Y' is a person and an organization, and the person speaks",
      "Pro-democracy lawmaker Frederick Fung of ADPL said the vote was unfair.",
      { entities: ["Organization: ADPL", "Person: Frederick Fung"], speakers: ["Frederick Fung"] },
    ],
    [
      "a dateline and the next sentence's first word are no name",
      "WASHINGTON D.C. The senator said the bill would pass.",
      { entities: [], speakers: ["senator"] },
    ],
    [
      "initials opening a sentence stay on the name",
      "S. K. Venkatesh, an analyst at Harbourline Capital, said the price was fair.",
      {
        entities: ["Organization: Harbourline Capital", "Person: S. K. Venkatesh"],
        speakers: ["S. K. Venkatesh"],
      },
    ],
    [
      "two particles inside a name",
      "Mayor Pieter van der Walt said the water would be restored.",
      { entities: ["Person: Pieter van der Walt"], speakers: ["Pieter van der Walt"] },
    ],
    [
      "a weekday after a name is not part of it",
      "Speaking to reporters, Hugh McGuire Sunday said the project would continue.",
      { entities: ["Person: Hugh McGuire"], speakers: ["Hugh McGuire"] },
    ],
    [
      "names outside the first-name lists",
      "The group was founded by L. Ron Hubbard in 1954, according to Kwok Ka-ki.",
      { entities: ["Person: Kwok Ka-ki", "Person: L. Ron Hubbard"], speakers: ["Kwok Ka-ki"] },
    ],
    [
      "an organization whose name holds a place",
      "The Irving Independent School District said the student was suspended.",
      {
        entities: ["Organization: Irving Independent School District"],
        speakers: ["Irving Independent School District"],
      },
    ],
    [
      "an organization, a title, a person: the person speaks",
      "“We need an honest diagnosis,” said European Council President Donald Tusk.",
      { entities: ["Organization: European Council", "Person: Donald Tusk"], speakers: ["Donald Tusk"] },
    ],
    [
      "two organizations joined by 'and' after an organization head are two",
      "A poll by Emerson College and Opinion Savvy showed Clinton ahead.",
      {
        entities: ["Organization: Emerson College", "Organization: Opinion Savvy", "Person: Clinton"],
        speakers: ["Opinion Savvy"],
      },
    ],
    [
      "'and' inside a name stays: no head before it",
      "The House Ways and Means Committee said the bill would pass.",
      { entities: ["Organization: House Ways and Means Committee"], speakers: ["House Ways and Means Committee"] },
    ],
    [
      "'and' after a head stays when one word follows",
      "The Ritz Carlton Golf Club and Spa said it would reopen in May.",
      { entities: ["Organization: Ritz Carlton Golf Club and Spa"], speakers: ["Ritz Carlton Golf Club and Spa"] },
    ],
  ])("%s", (_name, text, expected) => {
    const g = graph(text);
    expect({ entities: g.entities, speakers: g.speakers }).toEqual(expected);
  });

  it("a capitalized word the tagger reads as no name is never made a person, even as a speaker", () => {
    const g = graph("Estimates show that hundreds attended the rally.");
    expect(g.entities).toEqual([]);
  });

  it("'Troy Patterson of Slate Magazine' gives an affiliation", () => {
    const g = graph("Troy Patterson of Slate Magazine wrote that the show was dull.");
    expect(g.affiliations).toEqual(["Troy Patterson → Slate Magazine"]);
    expect(g.speakers).toEqual(["Troy Patterson"]);
  });

  it("rules alone (tagger: null) keep the old behaviour", () => {
    const text = "Pro-democracy lawmaker Frederick Fung of ADPL said the vote was unfair.";
    const g = extractDocument({ id: "t", text, origin: "t", format: "text" }, { tagger: null });
    expect(g.entities.map((e) => e.name)).toEqual(["Frederick Fung of ADPL"]);
  });

  // personMinMargin as high as it goes: every person the tagger reads is under it
  it.each([
    [
      "a person with no title and no known first name is tentative; one with a first name is not",
      "The book by Mario Lucero has two parts, Legato and Overtures, and Kessler liked them.",
      ["Person: Kessler", "Person: Legato", "Person: Mario Lucero"],
      ["Person: Mario Lucero"],
    ],
    [
      "a title keeps a person",
      "The book has two parts, and Kessler liked them, Dr. Bos said.",
      ["Person: Bos", "Person: Kessler"],
      ["Person: Bos"],
    ],
    [
      "a tentative person who speaks is reported",
      "The trick was new, Kessler said.",
      ["Person: Kessler"],
      ["Person: Kessler"],
    ],
  ])("people under the tagger's margin: %s", (_name, text, without, under) => {
    expect(entitiesWithMargin(text, "personMinMargin", undefined)).toEqual(without);
    expect(entitiesWithMargin(text, "personMinMargin", Number.MAX_VALUE)).toEqual(under);
  });

  // orgMinMargin as high as it goes: every organization the tagger reads is under it
  it.each([
    [
      "a head that gives a kind keeps a name of two words or more",
      "He joined the American Society of Civil Engineers in 1990 and later the Union.",
      ["Organization: American Society of Civil Engineers", "Organization: Union"],
      ["Organization: American Society of Civil Engineers"],
    ],
    [
      "a name with no head is tentative",
      "The band played at Brackmoor Hall with Zentrix Records last year.",
      ["Organization: Zentrix Records"],
      [],
    ],
  ])("organizations under the tagger's margin: %s", (_name, text, without, under) => {
    expect(entitiesWithMargin(text, "orgMinMargin", undefined)).toEqual(without);
    expect(entitiesWithMargin(text, "orgMinMargin", Number.MAX_VALUE)).toEqual(under);
  });

  it.each([
    [
      "a town between commas before its country",
      "Shalev is in Levico Terme, Trento, Italy for a conference.",
      "Trento",
    ],
    ["a city before its country", "The attack in Nice, France, killed 86 people on the promenade.", "Nice"],
    [
      "a town before its state",
      "Some residents in Jupiter, Florida who were voting as independents were confused, Bucher said.",
      "Jupiter",
    ],
  ])("a name before ', <country or state>' is a place: %s", (_what, text, name) => {
    expect(graph(text).entities.filter((e) => e.endsWith(`: ${name}`))).toEqual([]);
  });

  it.each([
    ["a person with a first name", "John Smith, Texas, said the plan would fail.", "Person: John Smith"],
    [
      "a state's politician",
      "The bill was backed by Paul Ryan, Wisconsin Republican, and others.",
      "Person: Paul Ryan",
    ],
    [
      "a region the phrase goes on with",
      "“Everyone is voting for him,” said Adriaan Schout, Europe coordinator at an institute.",
      "Person: Adriaan Schout",
    ],
  ])("a name before a region stays when it is %s", (_what, text, entity) => {
    expect(graph(text).entities).toContain(entity);
  });
});

describe("an organization word that opens the name (languages that put the head first)", () => {
  it.each([
    [
      "kept at the start of a sentence though the article also says 'the club'",
      "ROSARIO, Argentina — Club Atlético Almagro Norte reached the final on Saturday. Nobody outside this club gave us a chance, the coach said.",
      "Organization: Club Atlético Almagro Norte",
    ],
    [
      "the organization word and the connector after it, both left out by the tagger",
      "Libraries will close. Friends of Eastfield Library, which collected 6,800 signatures against the closures, said it would apply for a judicial review.",
      "Organization: Friends of Eastfield Library",
    ],
    [
      "a name the tagger read as a place's",
      "Reservoirs in the Cutzamala System fell to 31 percent of capacity. Ignacio Robles Treviño, director of the Sistema de Aguas de la Ciudad de México (SACMEX), said about 1.2 million people would be affected.",
      "Organization: Sistema de Aguas de la Ciudad de México",
    ],
    [
      "a name the tagger read as a person's",
      "Club Atlético Almagro Norte beat Unión de Paraná on penalties. Almagro goalkeeper Ezequiel Barrionuevo saved two of Unión’s first three spot-kicks. Later, Unión captain Marcos Benítez headed his side in front.",
      "Organization: Unión de Paraná",
    ],
    [
      "a see before the place the tagger kept, with the confession in front",
      "In December, the board had told parents that the ban followed guidance from the Roman Catholic Diocese of Port Hadley. The diocese's bishop denied it.",
      "Organization: Roman Catholic Diocese of Port Hadley",
    ],
    [
      "a city's government is an organization",
      "Fernanda Ruiz, a city legislator, said the Mexico City government had wasted three years.",
      "Organization: Mexico City government",
    ],
  ])("%s", (_name, text, expected) => {
    expect(graph(text).entities).toContain(expected);
  });
});

describe("capitalized words that name no organization", () => {
  it.each([
    [
      "a city before a place noun is a place",
      "Wikinews caught up with her in a cafe in the leafy Melbourne suburb of Preston.",
      "Organization: Melbourne",
    ],
    [
      "a capitalized job after a determiner is a job",
      "Licen taught at the university. He was also the Team Manager of the Slovenian wheelchair basketball national team.",
      "Organization: Team Manager",
    ],
    [
      "a director's portfolio names nobody",
      "Originally from Slovenia, he served as the Director of Media and Communications of a WTA Tour event.",
      "Organization: Media and Communications",
    ],
  ])("%s", (_name, text, wrong) => {
    expect(graph(text).entities).not.toContain(wrong);
  });

  it.each([
    [
      "a newspaper named by a job word is still one",
      "The story ran in the New Hampshire Union Leader on Monday.",
      "Organization: New Hampshire Union Leader",
    ],
    [
      "a party word before 'district' stays a party",
      "The Republican Party won the seat. It is a Republican district, she said.",
      "Organization: Republican Party",
    ],
  ])("but %s", (_name, text, right) => {
    expect(graph(text).entities).toContain(right);
  });
});

describe("a surname and a hyphenated two-syllable given name (Cantonese, Korean)", () => {
  it.each([
    ["the tagger took the surname alone", "Judge Amos Lau sentenced Leung Wai-man on Friday.", "Person: Leung Wai-man"],
    [
      "the tagger was unsure of a coordinated name",
      "Lawmakers Kwok Ka-ki and Cheng Chung-tai walked out.",
      "Person: Kwok Ka-ki",
    ],
    [
      "the tagger was unsure after a verb",
      "Voters backed Choi Seung-hyun in the by-election.",
      "Person: Choi Seung-hyun",
    ],
  ])("%s: %s", (_name, text, expected) => {
    expect(graph(`Headline\n\n${text}`).entities).toContain(expected);
  });

  it("is not a place's compound ('Hong Kong-based')", () => {
    expect(graph("Headline\n\nThe Hong Kong-based group said it would appeal.").entities).toEqual([]);
  });
});
