import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function organizations(text: string): string[] {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return g.entities
    .filter((e) => e.type === "Organization" && e.kind !== "country")
    .map((e) => e.name)
    .sort();
}

describe("joinMissionNames (entities-128)", () => {
  it.each([
    [
      "a mission of one state, a city after 'in' left out",
      "The Embassy of Mexico in Washington pushed back within hours, saying Mexico had complied.",
      ["Embassy of Mexico"],
    ],
    [
      "a union's delegation to a country no lexicon lists",
      "In a statement posted on X, the Delegation of the European Union to Georgia said the amendments were incompatible with its values.",
      ["Delegation of the European Union to Georgia", "X"],
    ],
    [
      "a mission in a country, its acronym taking in the country's initial",
      "The European Union Monitoring Mission in Armenia (EUMA), which patrols the frontier, said its observers had seen no change.",
      ["European Union Monitoring Mission in Armenia"],
    ],
    [
      "the same with a prefix the acronym skips",
      "The UN Human Rights Monitoring Mission in Ukraine (HRMMU) said in a report that 163 of 170 prisoners described abuse.",
      ["UN Human Rights Monitoring Mission in Ukraine"],
    ],
    [
      "a body's head, 'for the' and its task",
      "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said in a statement that 205 defenders were home.",
      ["Coordination Headquarters for the Treatment of Prisoners of War"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(organizations(text)).toEqual(expected);
  });

  it("leaves an organization in a country without an acronym that spells it alone", () => {
    expect(
      organizations("The World Bank Group in Armenia (WB) said on Monday that growth would slow to 4 percent."),
    ).not.toContain("World Bank Group in Armenia");
  });
});

describe("names the tagger cuts or misreads (entities-132)", () => {
  it.each([
    [
      "a body for a cause whose cause runs on after 'of the'",
      "The Reporters Committee for Freedom of the Press, a press-freedom group, said the subpoena was improper.",
      ["Reporters Committee for Freedom of the Press"],
    ],
    [
      "a ministry whose first portfolio is a region",
      "Norway’s Ministry for Europe and Foreign Affairs said in a statement that the talks would resume.",
      ["Ministry for Europe and Foreign Affairs"],
    ],
    [
      "a congregation the tagger reads as its building",
      "The Rev. Alvin Okafor, 66, the pastor of Grace Baptist Church in Evansville, said he had buried two members.",
      ["Grace Baptist Church"],
    ],
    [
      "a paper after a lower-case 'the' that the tagger reads as a person",
      "A regional official who asked not to be named told the Giornale di Sicilia that the aid had been delayed.",
      ["Giornale di Sicilia"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(organizations(text)).toEqual(expected);
  });

  it("keeps a person after a lower-case 'the' when initials open the name", () => {
    const g = extractDocument({
      id: "t",
      text: "I don't know, the O.J. Simpson story, maybe.",
      origin: "t",
      format: "text",
    });
    expect(g.entities.map((e) => [e.type, e.name])).toEqual([["Person", "O.J. Simpson"]]);
  });
});

describe("particles, brands, bands and datelines (entities-133)", () => {
  const entities = (text: string) =>
    extractDocument({ id: "t", text, origin: "t", format: "text" })
      .entities.map((e) => `${e.type}:${e.name}`)
      .sort();

  it.each([
    [
      "a Welsh 'ap' inside a person's name",
      "The Wales Green Party's candidate, Gwenllian ap Dafydd, is a technician at Aberystwyth University.",
      ["Organization:Aberystwyth University", "Organization:Wales Green Party", "Person:Gwenllian ap Dafydd"],
    ],
    [
      "a body 'in' a place with its acronym and the place in brackets",
      "The Federation of Small Businesses in Wales (FSB Wales) said the charges were too high. The FSB called it a tax.",
      ["Organization:Federation of Small Businesses in Wales"],
    ],
    [
      "one-word brands with a capital inside",
      "PolitiFact, the fact-checking project of the Poynter Institute, cited UnidosUS on Friday. AdImpact tracks ads.",
      ["Organization:AdImpact", "Organization:PolitiFact", "Organization:Poynter Institute", "Organization:UnidosUS"],
    ],
    [
      "a listed company the tagger read as a place, and a streaming service",
      "The album was streamed 90 million times on Spotify, and Deezer pays even less.",
      ["Organization:Deezer", "Organization:Spotify"],
    ],
    [
      "a band described by its city and its size",
      "Brimrót, the Reykjavík quartet whose last album sold well, will tour.",
      ["Organization:Brimrót"],
    ],
    [
      "a database described as one is no one",
      "Jabuti, an open-source database for time-stamped data, has joined the Apache Software Foundation.",
      ["Organization:Apache Software Foundation"],
    ],
    [
      "a dateline's city of two words in capitals with an accent",
      "Headline\n\nSÃO PAULO — The Apache Software Foundation said on Tuesday that it had grown.",
      ["Organization:Apache Software Foundation"],
    ],
    [
      "a party whose name ends with the country's abbreviation, and a paper whose name holds 'and'",
      "Reform UK took out an advertisement in The Post and Courier.",
      ["Organization:Reform UK", "Organization:The Post and Courier"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it("leaves handles, hashtags and surnames' prefixes alone", () => {
    expect(entities("Mitch McConnell replied to @JebBush and LeBron James posted #FeelTheBern.")).toEqual([
      "Person:LeBron James",
      "Person:Mitch McConnell",
    ]);
  });
});

describe("a bureau's list, a force's members, groups 'for a' cause, cooperatives (entities-134)", () => {
  it.each([
    [
      "a bureau whose name lists its portfolios",
      "The Bureau of Alcohol, Tobacco, Firearms and Explosives said the rifle had been bought legally.",
      ["Bureau of Alcohol, Tobacco, Firearms and Explosives"],
    ],
    [
      "a force's name without its members' noun",
      "The university canceled a speech by a former Navy SEAL on Monday.",
      ["Navy"],
    ],
    [
      "groups named for a cause",
      "Ed Lorenzen, a senior adviser to the Committee for a Responsible Federal Budget, said so. A student group, Students for a Just Campus, said in a post that his views had no place.",
      ["Committee for a Responsible Federal Budget", "Students for a Just Campus"],
    ],
    [
      "a cooperative after a plural's apostrophe",
      "He chairs the Paita Squid Fishers' Cooperative, which has 212 boats.",
      ["Paita Squid Fishers' Cooperative"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(organizations(text)).toEqual(expected);
  });

  it("joins no list to an acronym's canonical name ('the FBI and State')", () => {
    expect(organizations("The disclosures by the FBI and State on Tuesday came late.")).not.toContain("FBI and State");
  });
});

describe("a committee's portfolios before its head, clerks' offices, the Kalenjin 'arap' (entities-135)", () => {
  it.each([
    [
      "a committee whose portfolios open its name",
      "Harlan D. Whitcombe told the Senate Commerce, Science and Transportation Committee that he would sell.",
      ["Senate Commerce, Science and Transportation Committee"],
    ],
    [
      "a county clerk's office",
      "The Marion County Clerk's Office said the lines were long.",
      ["Marion County Clerk's Office"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(organizations(text)).toEqual(expected);
  });

  it("keeps 'arap' inside a Kalenjin name", () => {
    const g = extractDocument({
      id: "t",
      text: "Capt. Joseph Kiprono arap Tanui, who chairs the union, said pilots were tired.",
      origin: "t",
      format: "text",
    });
    expect(g.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual(["Joseph Kiprono arap Tanui"]);
  });
});

describe("circuits by name, holders' modifiers, bracketed photo credits (entities-136)", () => {
  it.each([
    [
      "a court of appeals for a circuit named by a word",
      "The state appealed to the U.S. Court of Appeals for the D.C. Circuit on Monday.",
      ["U.S. Court of Appeals for the D.C. Circuit"],
    ],
    [
      "a holder's modifier cut off a body the lexicons know",
      "The Republican-controlled House of Representatives passed the bill on Friday.",
      ["United States House of Representatives"],
    ],
    [
      "a photographer and an agency in a bracketed credit are no one",
      "Kostelnik spoke at the Scranton Cultural Center on Friday. (AP Photo/Renata Szabo)",
      ["Scranton Cultural Center"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(organizations(text)).toEqual(expected);
  });
});
