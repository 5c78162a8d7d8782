import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return g.claims.map((c) => `${c.speaker} :: ${c.text}`);
}

// attribution the way wire-agency and international reports write it (read on gold/newsdev3)
describe("attribution in wire and international reports", () => {
  it.each([
    [
      // a country's possessive before the speaker of a tail attribution
      "Salt levels have reached their highest point in 15 years, Iraq’s Ministry of Water Resources said on Tuesday, as brackish water ran from taps.",
      ["Ministry of Water Resources :: Salt levels have reached their highest point in 15 years"],
    ],
    [
      // ", saying" after a denial: the subject of the sentence, not the words up to its verb
      "Chalkland Water said the study was flawed. The company denied that its treatment works were the main cause of the decline, saying phosphate levels at all of its sites were within the limits.",
      [
        "Chalkland Water :: the study was flawed",
        "Chalkland Water :: its treatment works were the main cause of the decline",
        "Chalkland Water :: phosphate levels at all of its sites were within the limits",
      ],
    ],
    [
      // "the regulator": the one organization whose name says it regulates
      "The Nigerian Electricity Regulatory Commission raised tariffs. The regulator denied that the increase had been imposed without consultation.",
      ["Nigerian Electricity Regulatory Commission :: the increase had been imposed without consultation"],
    ],
    [
      // "It" after a sentence that opens with a phrase before its subject
      "The Ministry of Water Resources issued figures. In a statement, the ministry said the flow had fallen. It blamed dams upstream in Turkey for the shortfall.",
      [
        "Ministry of Water Resources :: the flow had fallen",
        "Ministry of Water Resources :: dams upstream in Turkey for the shortfall",
      ],
    ],
    [
      // the one quoted speaks what a news agency quotes
      "The state news agency Kazinform quoted Daniyar Abenov as saying after the vote that the ministry would publish its procedures.",
      ["Daniyar Abenov :: the ministry would publish its procedures"],
    ],
    [
      // a quoted phrase inside reported speech, then a second "that" clause: one mixed claim
      'Priya Nandakumar wrote that Northern Dales Water had "serious questions to answer" and that she had asked the company\'s chief executive to meet residents.',
      [
        'Priya Nandakumar :: Northern Dales Water had "serious questions to answer" and that she had asked the company\'s chief executive to meet residents',
      ],
    ],
    [
      // an unnamed source described with the organization it works at is the source, not the organization
      "Nurses at Soar Valley Hospitals NHS Trust walked out. A senior manager at the trust, who asked not to be named, said two wards had been run with fewer nurses.",
      ["senior manager at the trust :: two wards had been run with fewer nurses"],
    ],
    [
      "A person close to the Rovers board, who asked not to be named, said the club had approached two candidates.",
      ["person close to the Rovers board :: the club had approached two candidates"],
    ],
    [
      // the author of the figures, the estimate, the data an attribution cites
      "The Election Commission of Pakistan (ECP) ran the vote. Turnout in the by-election was 38 percent, according to ECP figures.",
      ["Election Commission of Pakistan :: Turnout in the by-election was 38 percent"],
    ],
    [
      "Insurance claims could reach £350 million, according to an estimate by the risk-modelling firm Kestrel Analytics reported by Reuters.",
      ["Kestrel Analytics :: Insurance claims could reach £350 million"],
    ],
    [
      "Growth slowed to 2 percent, according to data from the World Bank.",
      ["World Bank :: Growth slowed to 2 percent"],
    ],
    [
      // a known name that runs on over "and" and "in"
      "The Organization for Security and Co-operation in Europe said it had offered to review the bill.",
      ["Organization for Security and Co-operation in Europe :: it had offered to review the bill"],
    ],
    [
      // ", including …" lists what the content counts
      "Peru’s Ombudsman’s Office said 19 people, including seven police officers, had been injured.",
      ["Ombudsman’s Office :: 19 people, including seven police officers, had been injured"],
    ],
    [
      // a list at the content's end still ends it
      "The senator said the president had undermined his own staff, including Secretary of State Rex Tillerson and adviser H.R. McMaster.",
      ["senator :: the president had undermined his own staff"],
    ],
    [
      // the leader of a team speaks for it
      "Mayfly numbers have fallen by half since 2005, a team led by Dr Chidinma Okafor of the University of Exeter reported on Wednesday.",
      ["Chidinma Okafor :: Mayfly numbers have fallen by half since 2005"],
    ],
  ])("%s", (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it("a police force named in full speaks as the organization, and its own officers are what it is about", () => {
    const g = extractDocument({
      id: "t",
      origin: "t",
      format: "text",
      text: "The Peruvian National Police said in a statement that its officers had been attacked with slingshots.",
    });
    expect(g.claims.map((c) => [c.speaker, c.about])).toEqual([
      ["Peruvian National Police", ["Peruvian National Police"]],
    ]);
    expect(g.claims[0]?.speaker_entity).toBeDefined();
  });

  it.each([
    // in the quotation unit a call for something is a request, as "urged them to" is
    "The Ombudsman's Office called for independent autopsies.",
    "The union called for a national strike.",
    // a request whose object holds a possessive
    "Priya Nandakumar has asked the company's chief executive to meet residents.",
    // a demand for a thing; organizing a strike
    "Lawmakers have demanded the resignation of Interior Minister Raúl Salazar.",
    "The Harbour Workers Union called a strike on Monday at the port.",
  ])("%s: no claim", (text) => {
    expect(claims(text)).toEqual([]);
  });
});

// attribution as regional press writes it (read on gold/newsdev4)
describe("attribution in regional press", () => {
  it.each([
    [
      "The government will suspend work at 140 quarries, the council said in its Monday evening report.",
      ["council :: The government will suspend work at 140 quarries"],
    ],
    [
      "Residents had petitioned the administration six times since 2024, The Hindu reported, citing copies of the petitions.",
      ["The Hindu :: Residents had petitioned the administration six times since 2024"],
    ],
    [
      "An investigator from the PNP’s Criminal Investigation and Detection Group (CIDG), who asked not to be named because the case was ongoing, said the motorcycle had been reported stolen.",
      [
        "investigator from the PNP’s Criminal Investigation and Detection Group (CIDG) :: the motorcycle had been reported stolen",
      ],
    ],
  ])("%s", (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

// rules-110 (read on gold/newsdev5)
describe("speakers in court, science and politics reports", () => {
  it.each([
    [
      "a name and its own speech verb after a noun cue's comma speak themselves",
      "In her sentencing remarks, Justice Catherine Mowbray said the attack had been cowardly.",
      ["Catherine Mowbray :: the attack had been cowardly"],
    ],
    [
      "'According to X,' and X's appositive before the content",
      "According to Tomas Villanueva, the director of the department, the agency has no plans to seek limits on pumping.",
      ["Tomas Villanueva :: the agency has no plans to seek limits on pumping"],
    ],
    [
      "a study led by a person is that person's",
      "Deforestation has pushed back the rainy season by 11 days, according to a study led by Beatriz Nogueira of the University of São Paulo.",
      ["Beatriz Nogueira :: Deforestation has pushed back the rainy season by 11 days"],
    ],
    [
      "an aide to someone speaks, not whom the aide serves",
      "Governor Ruth Callahan said she would sign the bill. An aide to the House majority leader, who asked not to be named, said the bill was unlikely to reach a floor vote.",
      [
        "Ruth Callahan :: she would sign the bill",
        "aide to the House majority leader :: the bill was unlikely to reach a floor vote",
      ],
    ],
    [
      "a relative clause inside an opening phrase leaves the subject after it",
      "“We recorded it in one night,” said Ivo Perković, the band’s singer. Writing in Variety, where she is chief film critic, Jessica Hale called the film “patient and funny,” and said Halilović had become one of the most distinctive voices in European cinema.",
      [
        "Ivo Perković :: We recorded it in one night,",
        "Jessica Hale :: the film “patient and funny,”",
        "Jessica Hale :: Halilović had become one of the most distinctive voices in European cinema",
      ],
    ],
  ])("%s", (_, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it("keeps an 'According to' organization's whole clause ('an email was sent …' is no appositive)", () => {
    expect(
      claims(
        "According to The Guardian, an email was sent from the club’s executive director, Jeremy Boreing, to the members.",
      ),
    ).toEqual(["The Guardian :: an email was sent from the club’s executive director, Jeremy Boreing, to the members"]);
  });
});

// rules-112: acts that say nothing, in the quotation unit (read on gold/newsdev5)
describe("acts in court and thanks are no claims", () => {
  it.each([
    ["a plea", "Jayden Morrell pleaded guilty in February to the manslaughter of Gurpreet Singh Dhillon, 34."],
    ["thanks", "Simran Kaur thanked detectives for their work."],
    ["a stance on two things", "Kwan Wai-ting welcomed the rent cap but not the size limit."],
    ["a stance on a thing with modifiers", "Kwan Wai-ting welcomed the new housing plans."],
  ])("%s", (_, text) => {
    expect(claims(text)).toEqual([]);
  });

  it("keeps a stance whose object is a clause", () => {
    expect(claims("Kwan Wai-ting welcomed the news that the rent cap would stay.")).toHaveLength(1);
  });
});

// rules-116 (read on gold/newsdev6)
describe("what newsdev6 read wrong: acts, withheld answers and requests are no claims", () => {
  it.each([
    ["a stance on both of two things", "Rose Aketa welcomed both the audit and the pause."],
    ["a withheld answer", "The department found the cash in a rented house. It did not say who had rented the house."],
    ["no response", "Lingtai Precision did not respond to requests for comment."],
    [
      "a thing added to a list",
      "Taiwan's Ministry of Economic Affairs on Wednesday added two Chinese makers to its list of foreign entities.",
    ],
    ["a declared state", "The Agam regency government has declared a 14-day emergency."],
    [
      "a letter that asks",
      "In February, Montoya-Reyes wrote to the Justice Department asking it to seek a tougher penalty.",
    ],
    [
      "a request to an organization with a long name",
      "On Tuesday the group asked the Michigan Department of Environment, Great Lakes, and Energy (EGLE) to step in.",
    ],
    [
      "a sourceless expectation (PolNeAR's unit only)",
      "If no new agreement is reached, the case is expected to go to trial next year.",
    ],
  ])("%s", (_, text) => {
    expect(claims(text)).toEqual([]);
  });

  it("keeps 'added' with a clause, and a named answer", () => {
    expect(claims("He added the plan was flawed. She did not say that the plan was flawed.")).toEqual([
      "He :: the plan was flawed",
      "She :: the plan was flawed",
    ]);
  });
});

describe("what newsdev6 read wrong: speakers and contents", () => {
  it.each([
    [
      "the subject before an anonymity aside, not a noun inside it",
      "A city official who was not authorized to discuss the talks said the mayor’s office was drafting a compromise.",
      ["city official :: the mayor’s office was drafting a compromise"],
    ],
    [
      "the second half of a split quote is the speaker's, not the next sentence's subject's",
      '"The people of Vaigai Nagar," he said, "will give their answer whenever the commission lets them." The DMK denied that any of the seized money belonged to its workers.',
      [
        "he :: The people of Vaigai Nagar,",
        "he :: will give their answer whenever the commission lets them.",
        "DMK :: any of the seized money belonged to its workers",
      ],
    ],
    [
      "the organization that speaks after an opening phrase with a participle",
      "In a statement of issues published on its website, the competition regulator said the two companies together bought 58 per cent of the milk.",
      ["competition regulator :: the two companies together bought 58 per cent of the milk"],
    ],
    [
      "a person of an organization described before its name",
      'Castellan\'s lead defense attorney, Jonathan Pierce-Abernathy of the Houston law firm Brightwater Kemp LLP, said the company had "accepted responsibility from day one."',
      ['Jonathan Pierce-Abernathy :: the company had "accepted responsibility from day one."'],
    ],
    [
      "a quote inside what an earlier cue reports, and a party's state initials",
      'Sen. Teresa Montoya-Reyes (D-N.M.) wrote on X that the ruling confirmed "what families in Lea and Eddy counties have known for years."',
      ['Teresa Montoya-Reyes :: the ruling confirmed "what families in Lea and Eddy counties have known for years."'],
    ],
    [
      "'that' before a preposition opens a clause",
      "Dr. Samuel Okonjo-Pratt said the benefit was modest. He warned that about one in five patients had stopped taking the drug.",
      [
        "Samuel Okonjo-Pratt :: the benefit was modest",
        "Samuel Okonjo-Pratt :: about one in five patients had stopped taking the drug",
      ],
    ],
    [
      "a short quotation that is a sentence of its own",
      "“That is not my job, and it never has been,” Ocampo said. “I coach football.”",
      ["Ocampo :: That is not my job, and it never has been,", "Ocampo :: I coach football."],
    ],
  ])("%s", (_, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

// rules-118 (read on gold/newsdev7)
describe("what newsdev7 read wrong", () => {
  it.each([
    [
      "an unnamed councillor of a party",
      "A senior ANC councillor, who asked not to be named, said the party's regional executive would meet on Saturday.",
      ["senior ANC councillor :: the party's regional executive would meet on Saturday"],
    ],
    [
      "a notice on the regulator's website is the regulator's",
      "The Capital Market Authority (CMA) approved the prospectus late on Sunday, according to a notice on the regulator’s website.",
      ["Capital Market Authority :: The Capital Market Authority (CMA) approved the prospectus late on Sunday"],
    ],
    [
      "figures published by the council are the council's",
      "Castlebrook Borough Council hired agency crews. According to figures published by the council on Friday, about 4,300 tonnes remain uncollected.",
      ["Castlebrook Borough Council :: about 4,300 tonnes remain uncollected"],
    ],
    [
      "'… and said' after a denial's 'that' shares the denial's subject",
      "In a statement, the council denied that it had refused to negotiate and said it had made a fair and final offer.",
      ["council :: it had refused to negotiate", "council :: it had made a fair and final offer"],
    ],
    [
      "a speaker introduced by a description carried by the outlet that reports",
      "A lawyer for Elektroservis-Yug, Yevhen Moroz, said the prices reflected the cost of bringing the equipment into Ukraine, Interfax-Ukraine reported.",
      ["Yevhen Moroz :: the prices reflected the cost of bringing the equipment into Ukraine"],
    ],
  ])("%s", (_, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    ["an act called", "The syndicate called the three-day strike after a resident doctor in Giza was beaten."],
    [
      "a permission",
      "The licence allows Fjellkobber ASA, a company listed in Oslo, to extract up to 2 million tonnes of ore a year.",
    ],
    ["a request for a thing", "The regulator asked for more information about where the money is coming from."],
  ])("no claim: %s", (_, text) => {
    expect(claims(text)).toEqual([]);
  });
});

// rules-119 (read on gold/newsdev8)
describe("sources of wire reports, read on newsdev8", () => {
  it.each([
    [
      "the one company a trade noun describes owns the filing ('the shipbuilder’s latest filing')",
      "Daeyang Heavy Industries builds ships. Daeyang Heavy Industries employs 9,000 people. Daeyang Heavy Industries had an order backlog of 38 trillion won at the end of December, according to the shipbuilder’s latest filing with the Financial Supervisory Service.",
      [
        "Daeyang Heavy Industries :: Daeyang Heavy Industries had an order backlog of 38 trillion won at the end of December",
      ],
    ],
    [
      "an unnamed officer of a named force, described past the force's name",
      "A Federal Police officer involved in the operation, who asked not to be named, said the guards had been paid in cash.",
      ["Federal Police officer involved in the operation :: the guards had been paid in cash"],
    ],
    [
      "a team's leader whose appositive stands before a tail's verb",
      "A blood test detected 41 of 58 cancers in a study, a team led by Rafael Quintero-Marsh, a gastroenterologist at the University of Pittsburgh, reported on Monday in the journal JAMA Oncology.",
      ["Rafael Quintero-Marsh :: A blood test detected 41 of 58 cancers in a study"],
    ],
    [
      "a name after two appositives, the last a noun in '-ly' ('assembly')",
      "Teodoro Vera Lopes, a leader of the Aty Guasu, the Guarani-Kaiowá assembly, said the families would not leave.",
      ["Teodoro Vera Lopes :: the families would not leave"],
    ],
    [
      "a member's post-nominal after the name in an appositive",
      "Sinn Féin’s health spokesperson, Aoife Ní Riain TD, accused the minister of presiding over a managed decline and said the promised beds had been announced three times.",
      [
        "Aoife Ní Riain :: the minister of presiding over a managed decline",
        "Aoife Ní Riain :: the promised beds had been announced three times",
      ],
    ],
    [
      "what an unnamed official told a medium, with a reported verb before 'to' (no request)",
      "A senior Economy Ministry official, who asked not to be named because the talks are private, told Reuters the ministry now expected to miss the target.",
      ["senior Economy Ministry official :: the ministry now expected to miss the target"],
    ],
    [
      "a family speaks ('Scott's family has called on police …')",
      'Scott\'s family has called on police to release the videos "as a matter of the greater good and transparency" and called for calm.',
      ['Scott\'s family :: on police to release the videos "as a matter of the greater good and transparency"'],
    ],
  ])("%s", (_, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    // pressing someone on a topic, or for a thing, says nothing in the quotation unit
    "Opposition TDs pressed the Minister for Health in the Dáil over overcrowding in emergency departments.",
    "It was Obama who pressed for a grand bargain during the debt ceiling talks of 2011.",
  ])("no claim: %s", (text) => {
    expect(claims(text)).toEqual([]);
  });
});

// rules-120 (read on gold/newsdev9)
describe("sources and non-claims newsdev9 read wrong", () => {
  it.each([
    [
      "a title before the name is no verb ('Presiding judge')",
      "Presiding judge Katrien De Wachter said the officers had sold the keys to the front door.",
      ["Katrien De Wachter :: the officers had sold the keys to the front door"],
    ],
    [
      "a spokeswoman for an organization a description names is an unnamed member",
      "The General Administration of Customs and Excise denied it. A spokeswoman for the administration said all 1,600 customs staff would be screened again.",
      ["spokeswoman for the administration :: all 1,600 customs staff would be screened again"],
    ],
    [
      "a person before 'of' and a party set off by commas",
      "The bill's rapporteur in the National Assembly, Élodie Marchetti-Roux of the centrist Renaissance party, said she would table amendments giving farmers five years.",
      ["Élodie Marchetti-Roux :: she would table amendments giving farmers five years"],
    ],
    [
      "an organization as a description's appositive, and a denial's short gerund",
      "The contractor, Kuzeyyıldız İnşaat, denied using substandard materials.",
      ["Kuzeyyıldız İnşaat :: using substandard materials"],
    ],
    [
      "a regulator the article names only later",
      "Australia's competition regulator said on Wednesday it had started Federal Court proceedings against the chain.",
      ["Australia's competition regulator :: it had started Federal Court proceedings against the chain"],
    ],
    [
      "an acronym in brackets inside the phrase after 'said in a filing with'",
      "Northway said in a filing with the Toronto Stock Exchange (TSX) that it would contest the application.",
      ["Northway :: it would contest the application"],
    ],
    [
      "a stance on a name's possessive and its noun is no claim; the saying after it is",
      "Castellanos rejected the White House's charge, saying Democrats had voted for every clean bill.",
      ["Castellanos :: Democrats had voted for every clean bill"],
    ],
  ])("%s", (_, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    // acts on a text, watching, wishing another's act: no claim in the quotation unit
    "The Mazhilis on Wednesday approved a bill that would allow the Ministry of Culture to block websites.",
    "The Mazhilis passed a bill requiring media outlets that receive money from abroad to register as “foreign representatives” each quarter.",
    "Ingrid Solbakken, a Norwegian lawyer who has observed elections in Central Asia for the OSCE, was not there.",
    "The Greens want the ACCC to be given the power to force dominant supermarket chains to sell stores.",
  ])("no claim: %s", (text) => {
    expect(claims(text)).toEqual([]);
  });
});

// rules-121 (read on gold/newsdev10)
describe("sources and non-claims newsdev10 read wrong", () => {
  it.each([
    [
      "a medium no lexicon types, by the word 'News' in its name",
      "The Licensed Cocoa Buyers Association of Ghana (LICOBAG) said deliveries had fallen by about a third, JoyNews reported. Finance Minister Walid Abi Nader said the plan was fair, the state-run National News Agency (NNA) reported.",
      [
        "Licensed Cocoa Buyers Association of Ghana :: deliveries had fallen by about a third",
        "Walid Abi Nader :: the plan was fair",
      ],
    ],
    [
      "the organization a description names owns its figures; figures released by a body are the body's",
      "The Banque du Liban is the central bank. According to the central bank's latest figures, deposits stand at about $82 billion. Killings rose by a third, according to figures released on Monday by the Independent Commission of Investigations (INDECOM).",
      [
        "Banque du Liban :: deposits stand at about $82 billion",
        "Independent Commission of Investigations :: Killings rose by a third",
      ],
    ],
    [
      "a statement's author after 'from'",
      "According to a statement from the National Anticorruption Directorate (DNA), the mayor asked the company for 10% of the value of three contracts.",
      ["National Anticorruption Directorate :: the mayor asked the company for 10% of the value of three contracts"],
    ],
  ])("%s", (_, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    // a formal charge and a think tank: no claim in the quotation unit
    "Romania's anti-corruption prosecutors on Tuesday charged the mayor of Mangalia with taking bribes worth 1.2 million lei.",
    "Olena Pavliuk works at the Kyiv think tank DiXi Group.",
  ])("no claim: %s", (text) => {
    expect(claims(text)).toEqual([]);
  });
});

// rules-122 (read on gold/newsdev11)
describe("claims newsdev11 read wrong", () => {
  it.each([
    [
      "a place after the cue before 'that' is no content",
      "Whitlock said outside the court that the ruling was a victory.",
      ["Whitlock :: the ruling was a victory"],
    ],
    [
      "a court's ruling on a filing is no claim; the saying after it is",
      "The court rejected a request by a group of bondholders to freeze the company's remaining assets, saying the assets were already under the control of investigators.",
      ["court :: the assets were already under the control of investigators"],
    ],
  ])("%s", (_, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
