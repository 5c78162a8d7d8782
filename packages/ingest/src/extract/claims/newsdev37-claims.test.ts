import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
    about: c.about,
  }));
}

/** The speaker of the claim whose text opens with `opening`. */
function speakerOf(text: string, opening: string): string | null | undefined {
  return claims(text).find((c) => c.text.startsWith(opening))?.speaker;
}

describe("claims newsdev37 read wrong (rules-148)", () => {
  it.each([
    [
      "an interview's label with the Irish particle",
      "Seán Ó Briain runs a pub in Mayo.\n\nWikinews: How has trade changed?\n\nÓ Briain: When I took over we had music four nights a week.\n\nWikinews: Have you thought of selling?\n\nÓ Briain: A developer offered to buy the building last year.",
      "When I took over",
      "Seán Ó Briain",
    ],
    [
      "the organization named after a description opening the clause",
      "The drivers’ group PISTON has called a two-day strike and accused the department of “handing the routes to corporations.”",
      "the department of",
      "PISTON",
    ],
    [
      "'the strategist' after an indefinite description read later",
      "Rep. Curtis Vance spoke on Monday. A Republican strategist close to the Vance campaign, who requested anonymity, said the campaign was worried. “Nobody in Nevada has lost a race over a complaint,” the strategist said.",
      "Nobody in Nevada",
      "Republican strategist close to the Vance campaign",
    ],
    [
      "'she said' after an unnamed source's claim, not the person named before it",
      "The hospital's director, Dr. Renee Vance, said every referral had been reopened.\n\nA clerk in the hospital's consult office, who asked not to be named, said supervisors had pressed clerks for months.\n\n“Our supervisors handed us a printout every Friday,” she said. “Nobody ever called those veterans first.”",
      "Nobody ever called",
      "clerk in the hospital's consult office",
    ],
    [
      "'said in a written statement that'",
      "Renee Vance said in a written statement that the hospital had reopened every canceled referral.",
      "the hospital had reopened",
      "Renee Vance",
    ],
    [
      "a tail attribution to an organization after another's bare possessive",
      "Clerks at the hospital canceled 2,300 referrals in 2014, the Department of Veterans Affairs' Office of Inspector General said in a report made public Thursday.",
      "Clerks at the hospital",
      "Office of Inspector General",
    ],
    [
      "'the report found' after the report its maker said something in",
      "Clerks canceled 2,300 referrals, the Office of Inspector General said in a report made public Thursday.\n\nThe cancellations shrank a backlog but left veterans waiting more than a year, the report found.",
      "The cancellations shrank",
      "Office of Inspector General",
    ],
  ])("%s", (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });

  it.each([
    [
      "a verb of motion's particle",
      "Republicans who control the Wisconsin State Assembly pushed ahead Tuesday with a bill that would freeze tuition.",
    ],
    [
      "a series of verbs",
      "About 300 people packed into a gym jeered, chanted and waved signs at the congressman over the pipeline.",
    ],
    ["seeing a thing", "Democrats see an opening."],
    [
      "a thing reported and when",
      "The Lexington Herald-Leader, which first reported the pardon Thursday, said the letters were many.",
    ],
  ])("no claim of %s", (_name, text) => {
    const found = claims(text).map((c) => c.text);
    expect(found.filter((t) => /^(?:ahead|chanted|an opening|the pardon Thursday)/.test(t))).toEqual([]);
  });

  it("reads 'the governor' and 'the congressman' in a claim as the one who holds the title, abbreviated before the name", () => {
    const text =
      "Gov. Lyle Banfield pardoned Cody Tate. His spokesman, Kevin Dunn, said the governor had read every letter. Rep. Garrett Lind spoke. His spokesman, Tom Reed, said the congressman would hold two more town halls.";
    const found = claims(text);
    expect(found.find((c) => c.text.startsWith("the governor"))?.about).toEqual(["Lyle Banfield"]);
    expect(found.find((c) => c.text.startsWith("the congressman"))?.about).toEqual(["Garrett Lind"]);
  });

  it("leaves a title inside an organization's name alone", () => {
    const text =
      "Gov. Desmond White signed the pardon. In a statement, the Office of the Governor said the Board of Pardons had recommended clemency.";
    expect(speakerOf(text, "the Board of Pardons")).toBe("Office of the Governor");
  });
});

describe("claims newsdev38 read wrong (rules-149)", () => {
  it.each([
    [
      "an organization's possessive, a role and the name set off after 'said'",
      "The state sued Ridgeline Pharmacy Inc. on Monday. “We are disappointed that the attorney general chose a press conference over a conversation,” said Ridgeline’s general counsel, Paul Everhart.",
      "We are disappointed",
      "Paul Everhart",
    ],
    [
      "an unnamed trade's member a company qualifies",
      "Ridgeline Pharmacy denied it. A former Ridgeline pharmacist in Morristown, who spoke on condition of anonymity, said district managers tracked prescriptions.",
      "district managers",
      "former Ridgeline pharmacist in Morristown",
    ],
    [
      "an indefinite description whose role a postmodifier follows",
      "The Senate voted. A Senate Republican aide familiar with the talks, who spoke on condition of anonymity, said the staff had traded letters twice.",
      "the staff had traded",
      "Senate Republican aide familiar with the talks",
    ],
    [
      "'The ad says' after an ad from its maker",
      "The moderator pressed Aldridge on a television ad from the Peach State Conservative Fund, a super PAC. The ad says Bolling's company shipped jobs to Mexico.",
      "Bolling's company",
      "Peach State Conservative Fund",
    ],
    [
      "'she' after a spokeswoman's claim, not the interviewee",
      "Altantsetseg Dorj leads the Khangai Cooperative.\n\nA spokeswoman for Gobi JSC told Montsame that the company had paid well. She denied that it had agreed prices with traders from China.",
      "it had agreed prices",
      "spokeswoman for Gobi JSC",
    ],
    [
      "'it said' after a description of an organization in a tail",
      "Lifeboats launched 612 times between June and August, the charity said on Friday. Most of the call-outs were to people on paddleboards, it said.",
      "Most of the call-outs",
      "charity",
    ],
    [
      "a citing aside after the day",
      "Axios reported Sunday, citing two people briefed on the matter, that the bureau had opened a preliminary inquiry.",
      "the bureau had opened",
      "Axios",
    ],
    [
      "unnamed groups",
      "The board kept the price at 3,625 cedis, though farmers’ groups say buyers across the border pay nearly twice that.",
      "buyers across the border",
      "farmers’ groups",
    ],
  ])("%s", (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });

  it.each([
    [
      "a remedy a lawsuit seeks",
      "The lawsuit seeks civil penalties and money for addiction treatment in the counties.",
      "civil penalties",
    ],
    [
      "pressing someone on a thing",
      "The moderator pressed Aldridge on a television ad from the fund, a group that has spent $600,000.",
      "Aldridge on",
    ],
    [
      "a proof one may give",
      "Landlords may seek larger increases if they can show rising taxes or major repairs.",
      "rising taxes",
    ],
    [
      "briefed on a topic",
      "A state official briefed on the inspection, who was not authorized to speak, said engineers were examining trucks.",
      "on the inspection",
    ],
    [
      "a measure added",
      "The detour adds about 35 miles for trucks, which are barred from the two nearest bridges.",
      "about 35 miles",
    ],
  ])("no claim of %s", (_name, text, opening) => {
    expect(claims(text).filter((c) => c.text.startsWith(opening))).toEqual([]);
  });
});

describe("claims newsdev39 read wrong (rules-150)", () => {
  it.each([
    [
      "a dateline's 'A federal judge' is not the judge's verb, and the lead's judge is the one named later",
      "Judge blocks law\n\nCORPUS CHRISTI, Texas — A federal judge on Thursday blocked Texas from enforcing its new law, ruling that the requirement would fall hardest on Hispanic voters.\n\nU.S. District Judge Marisol Ybarra wrote that the state had not shown fraud.",
      "the requirement would",
      "Marisol Ybarra",
    ],
    [
      "'said BC Ferries’ director of fleet operations, X'",
      "BC Ferries cancelled sailings. “Every cancellation is one too many,” said BC Ferries’ director of fleet operations, Harjit Sandhu.",
      "Every cancellation",
      "Harjit Sandhu",
    ],
    [
      "'The union’s secretary-treasurer, X, told …': the possessor is no subject",
      "The Marine Workers’ Union blamed wages. The union’s secretary-treasurer, Graham Lutz, told the Times Colonist that its members had not been asked to work overtime and denied that the union had refused to talk.",
      "the union had refused",
      "Graham Lutz",
    ],
    [
      "'A spokesman for Secretary of State X, whose office …, said': the unnamed spokesman",
      "The state appealed. A spokesman for Secretary of State Carmen Villarreal, whose office runs elections, said county clerks would receive new instructions by Monday.",
      "county clerks",
      "spokesman for Secretary of State Carmen Villarreal",
    ],
    [
      "'A spokeswoman for X, Y, denied … and said …'",
      "Senator Boyce spoke. A spokeswoman for Boyce, Amanda Reese, denied that the Senate wanted to end the program and said the senator’s offer was fair.",
      "the senator’s offer",
      "Amanda Reese",
    ],
    [
      "'the narrator says' after a spot paid for by its maker",
      'The 30-second spot, paid for by Marchetti for President, began running Friday. "Grant Holloway voted twice to cut Medicare," the narrator says over footage of the Senate floor.',
      "Grant Holloway voted",
      "Marchetti for President",
    ],
    [
      "'The 48-page report found' after an audit its maker released",
      "The office overspent, according to an audit released Tuesday by the Arizona State Treasurer’s Office. The 48-page report found that the sheriff’s office had also moved money.",
      "the sheriff’s office had",
      "Arizona State Treasurer’s Office",
    ],
    [
      "'A LULAC statement said'",
      "The League of United Latin American Citizens (LULAC) sued. A LULAC statement said the group would station volunteers at polling places.",
      "the group would station",
      "League of United Latin American Citizens",
    ],
  ])("%s", (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });

  it.each([
    [
      "pointing to a thing",
      "Aldrich pointed to a 2011 vote in which Holloway backed a budget outline.",
      "to a 2011 vote",
    ],
    ["introducing someone", "State Rep. Hal Brodersen introduced him at the hall on Friday.", "him at the hall"],
    [
      "a request declined",
      "The judge declined the state’s request to delay her order while it appeals.",
      "the state’s request",
    ],
    ["backing a thing", "In 2011 Holloway backed a budget outline written by the other party.", "a budget outline"],
  ])("no claim of %s", (_name, text, opening) => {
    expect(claims(text).filter((c) => c.text.startsWith(opening))).toEqual([]);
  });
});

describe("claims newsdev40 read wrong (rules-151)", () => {
  it("gives 'and warned' the person whose title follows the chamber's name", () => {
    const text =
      "House Majority Leader Thomas Pruett (R-Rockingham) said the federal government could not be trusted to keep paying and warned that the state would be left holding the bag.";
    expect(speakerOf(text, "the state would be")).toBe("Thomas Pruett");
  });

  it.each([
    [
      "a topic referred to",
      "“This case rests on the word of a man,” Lefkowitz said, referring to the towing company’s owner.",
      "to the towing",
    ],
    [
      "an intention after the sentence's claim",
      "City Clerk Marisol Duran said her staff would check each signature and expected to finish the review by Aug. 26.",
      "to finish the review",
    ],
  ])("no claim of %s", (_name, text, opening) => {
    expect(claims(text).filter((c) => c.text.startsWith(opening))).toEqual([]);
  });
});

describe("claims newsdev41 read wrong (rules-152)", () => {
  it.each([
    [
      "'The audit, by X, found' and the lead's audit its maker's",
      "Audit faults state\n\nOLYMPIA, Wash. — Washington paid out at least $41 million in fraudulent benefits over two years, according to a federal audit released Tuesday.\n\nThe audit, by the U.S. Department of Labor's Office of Inspector General, found that the state's Employment Security Department approved thousands of claims filed with stolen identities.",
      "Washington paid out",
      "Office of Inspector General",
    ],
    [
      "'Democrats in the Senate said'",
      "The House passed the bill. Democrats in the Senate said Thursday they would not take up any bill that includes the new work rules.",
      "they would not take up",
      "Democratic Party",
    ],
  ])("%s", (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });

  it.each([
    [
      "a recommendation",
      "The audit found fraud. It recommended that the state verify identities before sending a first payment.",
      "the state verify",
    ],
    [
      "an appositive's noun that is a verb's form too",
      "The American Farm Bureau Federation, the largest farm lobby, urged the Senate to act quickly.",
      "The American Farm",
    ],
  ])("no claim of %s", (_name, text, opening) => {
    expect(claims(text).filter((c) => c.text.startsWith(opening))).toEqual([]);
  });
});

describe("the dateline's country (entities-153)", () => {
  it("reports the country a story's dateline names, as the gold READMEs list it", () => {
    const text =
      "Prosecutor wins runoff\n\nAREQUIPA, Peru — Former prosecutor Lucía Quispe won Sunday’s runoff with 54 percent of the vote, according to a count of all polling stations.";
    const names = extractDocument({ id: "t", text, origin: "t", format: "text" }).entities.map((e) => e.name);
    expect(names).toContain("Peru");
  });

  it("starts an 'according to' claim's content after the dateline's dash", () => {
    const text =
      "Audit faults state\n\nOLYMPIA, Wash. — Washington paid out at least $41 million in fraudulent benefits, according to a federal audit released Tuesday.";
    expect(claims(text).map((c) => c.text.slice(0, 20))).toEqual(["Washington paid out "]);
  });
});

describe("claims newsdev42 read wrong (rules-153)", () => {
  it.each([
    [
      "an interview's turns when a business bears the interviewee's surname",
      "Nathalie Bolduc, 44, runs Érablière Bolduc, her family's sugar bush.\n\nWikinews: What do the new taps mean for you?\n\nBolduc: I asked for 3,000 more taps in 2021 and got 600.\n\nWikinews: Why not sell outside the system?\n\nBolduc: Because it is illegal, and because they check.",
      "Because it is illegal",
      "Nathalie Bolduc",
    ],
    [
      "the subject after 'But', past a relative clause in its appositive",
      "Gov. Wendell Haskins said he had no authority. But state Sen. Roy Caudill, one of several Republicans in the Kentucky Senate who have defended Sizemore, accused the governor of “hiding behind a judge” and said he would file a bill in January.",
      "he would file a bill",
      "Roy Caudill",
    ],
    [
      "a company's denial past the town it is based in",
      "Meridian Health Logistics billed the department. Meridian, based in Falls Church, Va., denied that it had knowingly billed for appointments that did not take place.",
      "it had knowingly billed",
      "Meridian Health Logistics",
    ],
  ])("%s", (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });

  it("reads a nationality and a plural noun as an unnamed group", () => {
    const text =
      "ILAM, Nepal — Nepalese tea exporters say hundreds of tonnes of orthodox tea have been held at the Indian border.";
    expect(claims(text).map((c) => [c.text.slice(0, 16), c.speaker])).toEqual([
      ["hundreds of tonn", "Nepalese tea exporters"],
    ]);
  });

  it("makes no claim of a relative clause's stance on a lone name", () => {
    const text =
      "State Sen. Roy Caudill, one of several Republicans who have defended Sizemore, accused the governor of “hiding behind a judge.”";
    expect(claims(text).map((c) => [c.text.slice(0, 20), c.speaker])).toEqual([
      ["the governor of “hid", "Roy Caudill"],
    ]);
  });
});

describe("claims newsdev43 read wrong (rules-154)", () => {
  it.each([
    [
      "an interview's label over a lower-case patronymic",
      "Gulnara Asanbek kyzy, 58, chairs a yurt-makers’ cooperative.\n\nWikinews: Who buys your yurts?\n\nAsanbek kyzy: Half go to camp owners at Song-Köl.\n\nWikinews: What is the problem?\n\nAsanbek kyzy: Wool. A yurt needs about 300 kilograms of felt.",
      "Half go to camp owners",
      "Gulnara Asanbek kyzy",
    ],
    [
      "a lead's indefinite description of a group, the organization the next paragraph names",
      "Bathroom bill\n\nAUSTIN — A Texas business group stepped up its fight Tuesday against Lt. Gov. Wade Kesterson’s bill, warning that the measure would drive conventions out of the state.\n\nThe Greater Lone Star Chamber of Commerce released a study estimating that Texas could lose $1.2 billion.",
      "the measure would drive",
      "Greater Lone Star Chamber of Commerce",
    ],
    [
      "a study the subject released argues for it",
      "The Greater Lone Star Chamber of Commerce released a study estimating that Texas could lose as much as $1.2 billion in visitor spending.",
      "Texas could lose",
      "Greater Lone Star Chamber of Commerce",
    ],
    [
      "a lead's union, named in the next paragraph after its president",
      "Guards\n\nMONTGOMERY, Ala. (AP) — A union representing corrections officers said Wednesday that its members would stop working overtime, warning that some cellblocks could be left with a single guard overnight.\n\nDarnell Whitaker, president of the Alabama Correctional Officers Union, said officers had voted to refuse overtime.",
      "some cellblocks could",
      "Alabama Correctional Officers Union",
    ],
    [
      "a lead's executive, the person the next paragraph opens with",
      "Hearing\n\nWASHINGTON — A drug company executive defended the increase before a Senate panel Thursday, telling senators that the old price had made the drug a money-loser.\n\nGraham Whitlock, chief executive of Calloway Pharmaceuticals, said the company needed the money.",
      "the old price had made",
      "Graham Whitlock",
    ],
    [
      "a suit the subject filed accuses for it",
      "Purge suit\n\nTuesday, May 17, 2016\n\nA voting-rights group filed a federal lawsuit Monday accusing Ohio Secretary of State Howard Renshaw of illegally removing eligible voters.\n\nThe Ohio Voter Access Project says the state's process violates federal law.",
      "Ohio Secretary of State",
      "Ohio Voter Access Project",
    ],
    [
      "a figure according to an organization's plan is the organization's",
      "The Harmon Valley School District will cut 54 jobs. The layoffs include art and music positions, according to the district's plan.",
      "The layoffs include",
      "Harmon Valley School District",
    ],
    [
      "a possessive determiner before a cue that is a noun too",
      "In its March survey report, IPMA, the Portuguese Institute for Sea and Atmosphere, estimated that young sardines were at their lowest since 2016.",
      "young sardines were",
      "Portuguese Institute for Sea and Atmosphere",
    ],
    [
      "a participle after a quotation: its subject before, no inverted speaker",
      "Whitaker dismissed the raise as “too little, about four years too late,” saying officers in Georgia start at higher salaries.",
      "officers in Georgia",
      "Whitaker",
    ],
  ])("%s", (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });

  it.each([
    [
      "a coordinate clause after a tail attribution's time phrase",
      "Foreign visitors rose by 18 percent last year, the National Statistical Committee said in February, and the yurt camps were booked out.",
      "and the yurt camps",
    ],
    [
      "a relative clause's coordinated verbs",
      "Voters who do not respond and do not vote over four years are removed.",
      "and do not vote",
    ],
    [
      "one asked to act, no inverted source",
      "The suit, filed in federal court, asks a judge to order Renshaw to restore the names.",
      "The suit",
    ],
    [
      "questions taken, no questioning",
      "Rep. Gregory Albritton spent two hours taking questions from homeowners furious about premiums that in some cases have tripled.",
      "in some cases",
    ],
    [
      "a defence of an indefinite thing",
      "A drug company executive defended a 2,100 percent price increase on a heart medication.",
      "a 2,100 percent",
    ],
    [
      "a thing found in a place",
      "Ash dieback, the fungal disease first found in Ireland in 2012, has now reached every county.",
      "has now reached",
    ],
  ])("no claim of %s", (_name, text, opening) => {
    expect(claims(text).filter((c) => c.text.startsWith(opening))).toEqual([]);
  });
});

describe("claims newsdev44 read wrong (rules-155)", () => {
  it.each([
    [
      "a county sheriff's own words",
      "Harmon County Sheriff Wade Hallstrom said Monday that his jail will no longer hold inmates for ICE.",
      "his jail will no longer",
      "Wade Hallstrom",
    ],
    [
      "'It said' after a sentence according to an organization",
      "Prices fell to 25 cents this winter, according to the farmers' union Coldiretti. It said oranges from Egypt were cheap.",
      "oranges from Egypt",
      "Coldiretti",
    ],
    [
      "'according to' a plural's possessive and a descriptor before the name",
      "Prices fell to 25 cents this winter, according to the farmers' union Coldiretti.",
      "Prices fell",
      "Coldiretti",
    ],
    [
      "a survey's finding past its participle aside",
      "A survey by Cactus Research Group, conducted for the Arizona Republic, found that 58 percent of likely voters supported the measure.",
      "58 percent",
      "Cactus Research Group",
    ],
    [
      "an ad that 'Its' opens, the organization the sentence before names",
      "The coalition, Keep Arizona Working, is led by the Arizona Hospitality Alliance. Its first television ad began airing on Monday night.\n\n“Nobody is against higher wages,” the ad’s narrator says over footage of a diner.",
      "Nobody is against",
      "Keep Arizona Working",
    ],
    [
      "'The review found' after 'In a 38-page review released Tuesday, X found'",
      "In a 38-page review released Tuesday, the General Assembly’s Oversight Division found that lottery officials extended the agreement. The review found that the commission paid Dunmore $29.6 million.",
      "the commission paid",
      "Oversight Division",
    ],
    [
      "unnamed auditors",
      "The commission renewed a contract, and legislative auditors say the agency never showed that the price was fair.",
      "the agency never showed",
      "legislative auditors",
    ],
  ])("%s", (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });
});

describe("claims newsdev45 read wrong (rules-156)", () => {
  it.each([
    [
      "a complaint filed with a body on a day, its participle the filer's",
      "Complaint\n\nFORT WORTH, Texas — A government watchdog group filed a complaint with the Texas Ethics Commission on Monday accusing a political action committee of illegally coordinating its ads.\n\nThe complaint, filed by the Lone Star Accountability Project, says that the PAC shared a media buyer with the campaign.",
      "a political action committee",
      "Lone Star Accountability Project",
    ],
    [
      "a complaint's maker after 'filed by'",
      "The complaint, filed by the Lone Star Accountability Project, says that the PAC shared a media buyer with the campaign.",
      "the PAC shared",
      "Lone Star Accountability Project",
    ],
    [
      "a company whose legal form's stop stands before the comma of a relative clause",
      "Hebridean Sea Farms Ltd., which runs eleven farms around Skye, said last week that it would leave two sites empty until spring.",
      "it would leave",
      "Hebridean Sea Farms Ltd",
    ],
    [
      "'It said' after a sentence according to an organization set off by an appositive",
      "Salmon farms lost more fish this summer, according to figures published on Tuesday by Salmon Scotland, the industry’s trade body. It said monthly mortality had peaked at 4.1 percent.",
      "monthly mortality",
      "Salmon Scotland",
    ],
    [
      "a party's aide on a committee, unnamed",
      "A Republican aide on the Judiciary Committee, who spoke on condition of anonymity, said Voigt’s concerns stemmed from a 2012 lawsuit.",
      "Voigt’s concerns",
      "Republican aide on the Judiciary Committee",
    ],
    [
      "a verb after an organization's name opened by 'The', no role it modifies",
      "The Republican National Committee sent a letter accusing the campaign of sharing internal polling.",
      "the campaign of",
      "Republican National Committee",
    ],
    [
      "a lead's official, the person the next paragraph opens with, heading a part of the organization the lead names",
      "Delays\n\nWASHINGTON — A senior Federal Aviation Administration official acknowledged Tuesday that controller shortages had contributed to delays.\n\nDiane Whitlock, who heads the FAA's Air Traffic Organization, told the committee that the agency lacked controllers.",
      "controller shortages",
      "Diane Whitlock",
    ],
  ])("%s", (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });

  it.each([
    [
      "an expectation that others will act",
      "Lawyers from both parties had expected to clear the nomination this spring.",
      "to clear",
    ],
    [
      "a number of nominees confirmed",
      "Republicans, who control the Senate, have confirmed 16 district judges since January 2015.",
      "16 district judges",
    ],
    [
      "an answer withheld, an adverb before the question word",
      "He has not said publicly what changed.",
      "publicly what",
    ],
  ])("no claim of %s", (_name, text, opening) => {
    expect(claims(text).filter((c) => c.text.startsWith(opening))).toEqual([]);
  });
});

describe("claims newsdev46 read wrong (rules-157)", () => {
  it.each([
    [
      "an interview's label with an Acadian particle",
      "Jolene d'Entremont fishes out of Pubnico.\n\nWikinews: What does losing two weeks mean for you?\n\nd'Entremont: The end of May is when the price is best.\n\nWikinews: What happens now?\n\nd'Entremont: We are asking for the closure to be phased in.",
      "The end of May",
      "Jolene d'Entremont",
    ],
    [
      "a court's ruling with a weekday before 'that'",
      "Schools\n\nLINCOLN, Neb. — The Nebraska Supreme Court ruled Friday that the state’s school funding formula violates the state constitution.",
      "the state’s school",
      "Nebraska Supreme Court",
    ],
    [
      "a subject set off by 'one of …'",
      "Closure\n\nCape Sable Seafoods, one of the area's largest buyers, denied that buyers had pushed for an early closure.",
      "buyers had pushed",
      "Cape Sable Seafoods",
    ],
    [
      "'According to X, its appositive,' opening the story after the dateline",
      "Wool\n\nTACUAREMBÓ, Uruguay — According to Uruguay XXI, the state export promotion agency, the country’s wool exports fell by 18 percent by value.",
      "the country’s wool",
      "Uruguay XXI",
    ],
  ])("%s", (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });
});
