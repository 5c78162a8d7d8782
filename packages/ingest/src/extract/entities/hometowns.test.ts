import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.filter((e) => e.kind !== "country")
    .map((e) => `${e.type} ${e.name}`)
    .sort();
}

describe("names joined, typed and split by the words around them (entities-137)", () => {
  it.each([
    [
      "a hometown after a person's name and 'of' is no person",
      "State Rep. Dale Fortunato of Keizer said he would introduce a bill next session.",
      ["Person Dale Fortunato"],
    ],
    [
      "an office's acronym spelling the officer it serves",
      "In a statement, the Office of the U.S. Trade Representative (USTR) said the agreement was strong.",
      ["Organization Office of the U.S. Trade Representative"],
    ],
    [
      "a broadcaster's 'TV' after a name read as a person's, and its short name before it",
      "Al Mamlaka broadcast ten minutes from the trench. The mayor told Al Mamlaka TV that the town had paid.",
      ["Organization Al Mamlaka TV"],
    ],
    [
      "a hospital 'for' what it treats",
      "Dr. Corina Stanescu runs the children's ward at the Victor Babeș Hospital for Infectious Diseases in Timișoara.",
      ["Organization Victor Babeș Hospital for Infectious Diseases", "Person Corina Stanescu"],
    ],
    [
      "a cooperative of fishermen",
      "Manuel Medeiros is president of the Rabo de Peixe Fishermen’s Cooperative, whose 140 boats land fish.",
      ["Organization Rabo de Peixe Fishermen’s Cooperative", "Person Manuel Medeiros"],
    ],
    [
      "a known charity opening a sentence",
      "Nurses are in schools. Save the Children has paid for two mobile teams.",
      ["Organization Save the Children"],
    ],
    [
      "a super PAC's name its appositive types",
      "Forward Together Action, a super PAC supporting Marchetti, raised $11.7 million.",
      ["Organization Forward Together Action", "Person Marchetti"],
    ],
    [
      "an abbreviated title, no sentence's end",
      "The mayor of Kufr Yuba, Eng. Khaled Bani Hani, told reporters the town had paid.",
      ["Person Khaled Bani Hani"],
    ],
    [
      "a trade agreement is no organization",
      "The Senate voted 58-41 on Thursday to approve the Pacific Rim Commerce Agreement, a 12-nation trade deal.",
      ["Organization United States Senate"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it("keeps a place's television a place's ('on Iowa TV')", () => {
    expect(entities("Ted Cruz touted his record in a commercial running on Iowa TV.")).toEqual(["Person Ted Cruz"]);
  });

  it("keeps a person 'of' a person when the article names that one elsewhere", () => {
    expect(entities("Maria Keizer spoke first. Dale Fortunato of Keizer said he agreed.")).toContain(
      "Person Maria Keizer",
    );
  });
});

describe("names joined, split and dropped (entities-138)", () => {
  it.each([
    [
      "a nickname between an untagged given name and surname",
      "Beauregard “Bo” Thibodeaux, chairman of the Louisiana Republican Party, said the rules were followed.",
      ["Organization Louisiana Republican Party", "Person Beauregard Thibodeaux"],
    ],
    [
      "a department's office after its apostrophe, two bodies",
      "The report came from the Department of Veterans Affairs' Office of Inspector General (OIG).",
      ["Organization Department of Veterans Affairs", "Organization Office of Inspector General"],
    ],
    [
      "a company whose first word is a given name, ending in its legal form",
      "According to a Sheridan Basin Mining Co. filing, the rule could force the company to idle a mine.",
      ["Organization Sheridan Basin Mining Co."],
    ],
    [
      "a photo credit 'by' a photographer and an agency",
      "Mourners gather at a vigil outside Eastgate Plaza on Sunday. (Photo by Kara Delgado/Getty Images)\n\nThe bill passed.",
      [],
    ],
    ["a streaming platform", "Our channel on Twitch had 180,000 viewers at the peak.", ["Organization Twitch"]],
    [
      "a municipality 'of' a town, and the town alone no person",
      "The Municipality of Pucón has rebuilt two bridges. Pucón lives from the volcano, and the hotels know it.",
      ["Organization Municipality of Pucón"],
    ],
    [
      "software 'called' a name, and a city before a company's descriptor",
      "The archive uses handwriting-recognition software called Inkwell, made by the Kingston company Cedar Byte Systems.",
      ["Organization Cedar Byte Systems"],
    ],
    [
      "a solar company, and a school form no name",
      "Odhiambo: Ziwa Solar gave every finalist school 150,000 shillings, and a Form Three student wrote the code.",
      ["Organization Ziwa Solar"],
    ],
    [
      "a group named 'for' its cause",
      "The gun control group Everytown for Gun Safety, which has poured millions into Colorado races, cheered the bill.",
      ["Organization Everytown for Gun Safety"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it("keeps a headline's person and verb before 'for' no organization", () => {
    expect(entities("Mike Pence Calls for Special Prosecutor\n\nThe governor spoke on Monday.")).not.toContain(
      "Organization Mike Pence Calls for Special Prosecutor",
    );
  });
});

describe("short names, acronyms and works (entities-139)", () => {
  it.each([
    [
      "a paper's short name after its full title",
      "The records were reviewed by The New York Times. The records were provided to The Times by a person.",
      ["Organization The New York Times"],
    ],
    [
      "an acronym and a place as a body's short name, again later",
      "The rescue was coordinated by the Joint Rescue Coordination Centre Trenton (JRCC Trenton). JRCC Trenton answered within four minutes.",
      ["Organization Joint Rescue Coordination Centre Trenton"],
    ],
    [
      "a mixed-case acronym in brackets",
      "Jaguars were released, according to the Chico Mendes Institute for Biodiversity Conservation (ICMBio). ICMBio said more would follow.",
      ["Organization Chico Mendes Institute for Biodiversity Conservation"],
    ],
    [
      "an album set off after its noun",
      "The saxophonist Yewande Adebisi will release her third album, Harbour Psalms, next month.",
      ["Person Yewande Adebisi"],
    ],
    [
      "a German cooperative's legal form",
      "Jagsttal Bürgerenergie eG said the transformer was late.",
      ["Organization Jagsttal Bürgerenergie eG"],
    ],
    [
      "a station's word opening a sentence whose first word the article writes in lower case",
      "She plays jazz on Sundays. Jazz FM denied that it had dropped the single.",
      ["Organization Jazz FM"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});

describe("portfolios, post-nominals, company words (entities-140)", () => {
  it.each([
    [
      "a ministry's portfolios joined by 'and the'",
      "He said the Ministry of Fisheries and the Blue Economy had already issued permits.",
      ["Organization Ministry of Fisheries and the Blue Economy"],
    ],
    [
      "an advocate's title and a senior counsel's post-nominal",
      "Her lawyer, Adv. Thulani Zungu SC, said they would appeal.",
      ["Person Thulani Zungu"],
    ],
    ["a club's 'SC' after no person's name", "The fans of Zamalek SC marched on Friday.", ["Organization Zamalek SC"]],
    [
      "companies named by their trade's word",
      "Sankofa Sportswear pays the kit bill. Swartland Uitgewers published the book.",
      ["Organization Sankofa Sportswear", "Organization Swartland Uitgewers"],
    ],
    [
      "a country after a company's word",
      "Kitefall Publishing of Singapore paid for the port. The Bank of America said no.",
      ["Organization Bank of America", "Organization Kitefall Publishing"],
    ],
    [
      "a campaign committee opening a sentence",
      "Quintanilla for President was expected to announce the change Monday afternoon.",
      ["Organization Quintanilla for President"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it("keeps a sentence's 'Vote for President …' no committee", () => {
    expect(entities("Vote for President Trump, the sign said.")).toEqual(["Person Trump"]);
  });
});

describe("campuses, lists, fires and stations (entities-141)", () => {
  it.each([
    [
      "a state university's campus city after its comma",
      "She teaches at the University of Nevada, Las Vegas, and at the University of Nevada, Reno.",
      ["Organization University of Nevada, Las Vegas", "Organization University of Nevada, Reno"],
    ],
    [
      "a committee's portfolios over two commas",
      "Democrats on the Senate Health, Education, Labor and Pensions Committee pressed him.",
      // (the members' plural names their party since entities-142)
      ["Organization Democratic Party", "Organization Senate Health, Education, Labor and Pensions Committee"],
    ],
    [
      "an administration's portfolios after 'for'",
      "The Administration for Food Safety, Veterinary Sector and Plant Protection (UVHVVR) said it had received samples.",
      ["Organization Administration for Food Safety, Veterinary Sector and Plant Protection"],
    ],
    [
      "a fire is no organization, nor is AP's party and state",
      "Dale Hendershot, R-Wichita, said the Crooked Gulch Fire had burned 6,200 acres. Republicans cheered.",
      ["Organization Republican Party", "Person Dale Hendershot"],
    ],
    ["a television's name", "Caracol Televisión said it would air the race.", ["Organization Caracol Televisión"]],
    [
      "an authority's name its descriptor types",
      "Buses stopped on Thursday, the regional transit authority Västtrafik said.",
      ["Organization Västtrafik"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});
