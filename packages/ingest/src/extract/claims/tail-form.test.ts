import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => [c.text, c.speaker, c.rule]);
}

describe("a programme's quoted title is where it was said, not content (rules-95)", () => {
  it.each([
    [
      "'said on NBC's “Meet the Press” that …'",
      "Cruz spoke on Sunday. Ted Cruz said on NBC's “Meet the Press” that he would win the nomination.",
      [["he would win the nomination", "Ted Cruz", "cue-clause"]],
    ],
    [
      "'told “Fox and Friends” on Monday that …'",
      "Trump spoke on Monday. Donald Trump told “Fox and Friends” on Monday that the race was rigged against him.",
      [["the race was rigged against him", "Donald Trump", "cue-clause"]],
    ],
    [
      "'said Sunday on CNN's “State of the Union” that …'",
      "Sanders spoke on Sunday. Bernie Sanders said Sunday on CNN's “State of the Union” that he would stay in the race.",
      [["he would stay in the race", "Bernie Sanders", "cue-clause"]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe("inverted reports: 'CONTENT, the outlet reported.'", () => {
  it.each([
    [
      "'the Guardian reported'",
      "He was a geologist. The professor was headed to Cairo for a conference, the Guardian reported.",
      [["The professor was headed to Cairo for a conference", "The Guardian", "cue-tail"]],
    ],
    [
      "'the news site RTL Info reported'",
      "The professor was headed to Cairo for a conference, the news site RTL Info reported.",
      [["The professor was headed to Cairo for a conference", "RTL Info", "cue-tail"]],
    ],
    [
      "'the BBC said'",
      "He was a geologist. The professor was headed to Cairo for a conference, the BBC said.",
      [["The professor was headed to Cairo for a conference", "BBC", "cue-tail"]],
    ],
    ["no comma before the outlet: no inverted report", "The professor met the BBC reporters in Cairo last week.", []],
    [
      "a stance verb with its object after an appositive is the clause's verb, no inverted report",
      "Critics said the minister, Paulo Reis, had ignored warnings.",
      [["the minister, Paulo Reis, had ignored warnings", "Critics", "cue-clause"]],
    ],
    [
      "a denial's object after an appositive is no source of an inverted report",
      "The ruling party's spokesman, Ibrahim Musa, denied the allegations.",
      [],
    ],
    [
      "who is told listens: 'told X' after an appositive is the subject's report, no inverted one",
      "Headline\n\nGhana’s communications minister, Yaw Darko Ofori, told Joy FM on Tuesday that he backed the decision.",
      [["he backed the decision", "Yaw Darko Ofori", "cue-clause"]],
    ],
    [
      "'said the …' after a description and its appositive name is the subject's report (rules-94)",
      "The convention was loud. Mr. Trump's former campaign manager, Corey Lewandowski, said the staff member who succeeded him should be terminated.",
      [["the staff member who succeeded him should be terminated", "Corey Lewandowski", "cue-clause"]],
    ],
    [
      "', said X' after a word that could be a cue ('tax credits') is the tail, not that word's content",
      "Headline\n\nStudios in Ontario get tax credits, said Anna Berg.",
      [["Studios in Ontario get tax credits", "Anna Berg", "cue-tail"]],
    ],
    [
      "a report after 'said' is a source",
      "The plan is dead, said the report.",
      [["The plan is dead", "report", "cue-tail"]],
    ],
    [
      "a stance verb that ends the sentence still inverts",
      "The plan is dead, the minister denied on Monday.",
      [["The plan is dead", "minister", "cue-tail"]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe("tail attributions followed by where, when and who", () => {
  it.each([
    [
      "an appositive with a relative clause after the speaker",
      "The group reuses the same photo again and again, said Rita Katz, the director of SITE Intelligence Group, which tracks militants.",
      [["The group reuses the same photo again and again", "Rita Katz", "cue-tail"]],
    ],
    [
      "a relative 'that' clause on the appositive, with a cue verb of its own",
      "The council will vote again in May, said Rosa Diaz, director of Nurses United, a union that has broken with other groups and endorsed Sanders.",
      [["The council will vote again in May", "Rosa Diaz", "cue-tail"]],
    ],
    [
      "a pronoun speaker, then an occasion",
      "Ms. Nwanguma was shocked by the reaction from the crowd, she said in an interview later.",
      [["Ms. Nwanguma was shocked by the reaction from the crowd", "Nwanguma", "cue-tail"]],
    ],
    [
      "', he said, on condition of anonymity' is not content after the cue",
      "Mr. Baker was unable to find a single taker, he said, on condition of anonymity.",
      [["Mr. Baker was unable to find a single taker", "Baker", "cue-tail"]],
    ],
    [
      "a parenthesis inside the content does not cut it",
      "Former Rep. Chris Shays (R-Conn.) was in Ohio with John Kasich in the spring, Tom Miller said Wednesday morning on CNN.",
      [["Former Rep. Chris Shays (R-Conn.) was in Ohio with John Kasich in the spring", "Tom Miller", "cue-tail"]],
    ],
    [
      "', but' before the tail: the content is the last clause",
      "The pay and benefits are all good, but it was not just the money that kept her there, Ms. Shanklin said.",
      [["it was not just the money that kept her there", "Shanklin", "cue-tail"]],
    ],
    [
      "a 'that' clause after the speaker is content of its own, not a trailer",
      "The vote was close, Tom Miller said Monday that the count would resume.",
      [["the count would resume", "Tom Miller", "cue-clause"]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it("', adding that …' keeps both halves with one speaker", () => {
    const text =
      "Washington did not complain when China's spending helped growth, a Chinese official said, adding that the impact was hard to estimate.";
    expect(claims(text)).toEqual([
      ["Washington did not complain when China's spending helped growth", "Chinese official", "cue-tail"],
      ["the impact was hard to estimate", "Chinese official", "cue-clause"],
    ]);
  });
});

describe("a tail report followed by a time phrase and a subordinate clause", () => {
  it("takes the content before the speaker, not the clause after the phrase", () => {
    const found = claims(
      "Water rationing will be extended until July, the city’s water utility said on Sunday, as reservoirs fell to 31 percent.",
    );
    expect(found.map((c) => c[0])).toEqual(["Water rationing will be extended until July"]);
  });

  it("keeps a speaker before the cue reading on past the phrase", () => {
    const found = claims("The mayor said on Sunday, after the storm, that the city would recover.");
    expect(found.map((c) => c[1])).toEqual(["mayor"]);
  });
});

describe("a document issued, and a quotation reported through it", () => {
  const text =
    'Brimin Rotich, 27, has won two marathons. In a statement released through his management company, Summit Athletics, he denied that he had ever knowingly taken a banned substance. "I have been tested more than 30 times in two years and I have never failed a test," the statement quoted him as saying.';

  it("gives the quotation to the one the statement quoted", () => {
    expect(claims(text)).toContainEqual([
      "I have been tested more than 30 times in two years and I have never failed a test,",
      "Brimin Rotich",
      "quote-tail",
    ]);
  });

  it("makes no claim of the statement's release or of 'him as saying'", () => {
    const texts = claims(text).map((c) => c[0]);
    expect(texts).not.toContain("through his management company, Summit Athletics");
    expect(texts).not.toContain("him as saying");
  });

  it("reads past a document's participle to the content after 'that'", () => {
    const found = claims(
      "Qingfeng Motors recalled cars. Qingfeng said in a statement posted on its official Weibo account that owners could have a new pump fitted free of charge.",
    );
    expect(found.map((c) => c[0])).toContain("owners could have a new pump fitted free of charge");
  });
});

describe("only a speech verb inverts its speaker", () => {
  it("does not read a stance verb's object as the speaker of the sentence before it", () => {
    const found = claims(
      "The South African Human Rights Commission, which joined the case as a friend of the court, welcomed the ruling.",
    );
    expect(found.map((c) => c[1])).not.toContain("ruling");
    expect(found.map((c) => c[0])).not.toContain(
      "The South African Human Rights Commission, which joined the case as a friend of the court",
    );
  });

  it.each([["said"], ["wrote"], ["noted"]])("still inverts '…, %s X.'", (verb) => {
    expect(claims(`The plan will fail, ${verb} Steven Taylor.`)).toEqual([
      ["The plan will fail", "Steven Taylor", "cue-tail"],
    ]);
  });
});

describe("a name and its appositive are the subject, not inverted content", () => {
  it.each([
    [
      "'Name, a spokesman for …, said the decision to …'",
      "Craig Minassian, a spokesman for the foundation, said the decision to forgo foreign money had nothing to do with the emails.",
      [["the decision to forgo foreign money had nothing to do with the emails", "Craig Minassian", "cue-clause"]],
    ],
    [
      "a title and a place before the name",
      "Montana Sen. Jon Tester, chairman of the committee, said having Trump at the top of the ticket puts Republicans at risk.",
      [["having Trump at the top of the ticket puts Republicans at risk", "Jon Tester", "cue-clause"]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe("'…, X told <listener>.': the content is before the speaker", () => {
  it.each([
    [
      "an outlet as the listener",
      "He had been completing his second year, a school spokesman told The Wall Street Journal.",
      [["He had been completing his second year", "school spokesman", "cue-tail"]],
    ],
    [
      "a title before the name, a time after the listener",
      "The union will likely sit out the election altogether, UMWA Director Phil Smith told POLITICO earlier this week.",
      [["The union will likely sit out the election altogether", "Phil Smith", "cue-tail"]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it("but what the listener was told comes after it", () => {
    const text =
      "While Democrats have pushed for new negotiations, Cornyn told reporters this was the only chance to pass a measure to fight Zika.";
    expect(claims(text).map((c) => c[0])).toContain("this was the only chance to pass a measure to fight Zika");
  });
});

// rules-124 (read on gold/newsdev13)
describe("a participle or a subordinate clause after the cue's time phrase ends the attribution", () => {
  it.each([
    [
      "'reported last month, citing …'",
      "Iraq has spent more than $80 billion on its power sector since 2003 without ending the shortages, The National reported last month, citing figures from a parliamentary committee.",
      [
        [
          "Iraq has spent more than $80 billion on its power sector since 2003 without ending the shortages",
          "The National",
          "cue-tail",
        ],
      ],
    ],
    [
      "'said on Thursday, extending …'",
      "Finland will keep all eight crossing points on its border with Russia closed for another 12 months, the Ministry of the Interior said on Thursday, extending a closure that began in late 2023.",
      [
        [
          "Finland will keep all eight crossing points on its border with Russia closed for another 12 months",
          "Ministry of the Interior",
          "cue-tail",
        ],
      ],
    ],
    [
      "'said on Sunday, as …' after an acronym in brackets",
      "Egypt earned $3.1 billion from transit fees in the second half of 2025, 18 percent less than a year earlier, the Suez Canal Authority (SCA) said on Sunday, as the largest container lines kept sending their ships around the Cape of Good Hope.",
      [
        [
          "Egypt earned $3.1 billion from transit fees in the second half of 2025, 18 percent less than a year earlier",
          "Suez Canal Authority",
          "cue-tail",
        ],
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it("keeps a noun in '-ing' after the comma as content ('said Monday, nothing …')", () => {
    const found = claims("Officials said on Monday, nothing had been decided about the border crossings yet.");
    expect(found.map((c) => c[2])).toEqual(["cue-clause"]);
  });
});

describe("a note is where a statement was made", () => {
  it("'said in a note attached to the bill that …' has its content after 'that'", () => {
    expect(
      claims(
        "The bill passed. The Cabinet of Ministers said in a note attached to the bill that the higher rate would bring in an extra 9 billion soms a year.",
      ),
    ).toEqual([
      ["the higher rate would bring in an extra 9 billion soms a year", "Cabinet of Ministers", "cue-clause"],
    ]);
  });
});

// rules-126 (read on gold/newsdev15)
describe("tail attributions newsdev15 read wrong", () => {
  it.each([
    [
      "'said on Monday, despite …' after an acronym in brackets",
      "Myanmar's military government will hold voting in 14 more townships on March 29, the Union Election Commission (UEC) said on Monday, despite fighting that has driven thousands from their homes.",
      [
        [
          "Myanmar's military government will hold voting in 14 more townships on March 29",
          "Union Election Commission",
          "cue-tail",
        ],
      ],
    ],
    [
      "an organization's name before the speaker's lower-case title, then ', warning that …'",
      "Heavy rain had soaked the area for more than a week before the slide, National Disaster Centre director Ben Kikira Yalo said, warning that more of the ridge could give way.",
      [
        ["Heavy rain had soaked the area for more than a week before the slide", "Ben Kikira Yalo", "cue-tail"],
        ["more of the ridge could give way", "Ben Kikira Yalo", "cue-clause"],
      ],
    ],
    [
      "a venue of more than ten words before 'that'",
      "The Monetary Authority of Singapore (MAS) said in a joint statement with the Ministry of National Development (MND) late on Thursday that the measures were meant to keep prices in line with incomes.",
      [
        [
          "the measures were meant to keep prices in line with incomes",
          "Monetary Authority of Singapore",
          "cue-clause",
        ],
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
