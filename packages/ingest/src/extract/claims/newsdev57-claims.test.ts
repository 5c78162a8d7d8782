import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
  }));
}

const HEAD = "Story\n\nMonday, May 4, 2026\n\n";

describe("claims newsdev57 read wrong (rules-168)", () => {
  it.each([
    [
      "'The complaint, which X filed …, says'",
      `${HEAD}Ohio sued MedWay on Tuesday. The 112-page complaint, which Attorney General Dana Whitfield filed in Franklin County Common Pleas Court, says MedWay Pharmacy ignored warnings from its own software.`,
      "MedWay Pharmacy ignored warnings from its own software",
      "Dana Whitfield",
    ],
    [
      "a lead's complaint, filed by the one the next paragraph names",
      "Board member faces ethics complaint\n\nFriday, October 14, 2016\n\nA Marlin County School Board member voted in August to award a $1.2 million contract to a company owned by her husband, according to an ethics complaint filed this week with the Florida Commission on Ethics.\n\nThe complaint, filed by Derek Mulvaney, a retired science teacher, says Greaves never disclosed that her husband owns the company.",
      "A Marlin County School Board member voted in August to award a $1.2 million contract to a company owned by her husband",
      "Derek Mulvaney",
    ],
    [
      "'A spokeswoman in Detroit, X, declined … but said'",
      `${HEAD}A DEA spokeswoman in Detroit, Erin Castillo, declined to comment on the lawsuit but said the agency worked closely with state investigators.`,
      "the agency worked closely with state investigators",
      "Erin Castillo",
    ],
    [
      "'An association of …, the Name (ABBR), said'",
      `${HEAD}An association of bondholders, the Associação de Lesados do BAC (ALBAC), said the sentence did nothing for the 4,000 people who had lost money.`,
      "the sentence did nothing for the 4,000 people who had lost money",
      "Associação de Lesados do BAC",
    ],
    [
      "'a fisherman who gave his name only as X'",
      `${HEAD}Another survivor, a fisherman who gave his name only as Baraka, said the ferry had been carrying far more people than it had life jackets.`,
      "the ferry had been carrying far more people than it had life jackets",
      "Baraka",
    ],
    [
      "experts at a firm are unnamed sources",
      `${HEAD}Analysts at Daehan Securities estimated in a note to clients that each week of the strike would cost the company 90 billion won.`,
      "each week of the strike would cost the company 90 billion won",
      "Analysts at Daehan Securities",
    ],
    [
      "'according to FEC filings': filings are no words of the commission's",
      `${HEAD}The campaign has spent about $212,000 on travel since January 2013, according to FEC filings.`,
      "The campaign has spent about $212,000 on travel since January 2013",
      "FEC filings",
    ],
    [
      "'An independent inquiry into … has found', the inquiry named next",
      "Inquiry\n\nTuesday, May 12, 2026\n\nAn independent inquiry into last summer's bushfires in New South Wales has found that the fire service was stretched beyond its limits.\n\nThe Independent Bushfire Inquiry, chaired by former judge Margaret Okoye, delivered its 340-page report to the premier on Monday. The report said volunteer brigades had no reliable radio coverage.",
      "the fire service was stretched beyond its limits",
      "Independent Bushfire Inquiry",
    ],
    [
      "'The report said' after the inquiry 'delivered its … report'",
      "Inquiry\n\nTuesday, May 12, 2026\n\nAn independent inquiry into last summer's bushfires in New South Wales has found that the fire service was stretched beyond its limits.\n\nThe Independent Bushfire Inquiry, chaired by former judge Margaret Okoye, delivered its 340-page report to the premier on Monday. The report said volunteer brigades had no reliable radio coverage.",
      "volunteer brigades had no reliable radio coverage",
      "Independent Bushfire Inquiry",
    ],
  ])("%s", (_name, text, content, speaker) => {
    expect(claims(text).find((c) => c.text === content)?.speaker).toBe(speaker);
  });

  it.each([
    ["mourning declared", `${HEAD}The Tanzanian government declared three days of national mourning.`],
    [
      "a winner declared",
      `${HEAD}The county returning officer had declared Samuel Ouko of the opposition United Progressive Movement the winner on August 8.`,
    ],
    ["a condition", `${HEAD}If the commission finds a violation, Greaves could face a fine of up to $10,000.`],
    [
      "a demand with a bare verb",
      `${HEAD}The union is demanding that the company restore performance bonuses, which it cut by 40 percent this year.`,
    ],
    [
      "a brief supporting a challenge",
      `${HEAD}The Nevada chapter, which filed a brief supporting the challenge, met on Monday.`,
    ],
  ])("no claim in %s", (_name, text) => {
    expect(claims(text)).toEqual([]);
  });

  it.each([
    [
      "a cue inside an anonymity aside closed by a comma",
      `${HEAD}A district employee who worked on the bid, who spoke on condition of anonymity because she feared for her job, said Greaves had called the office twice.`,
      ["Greaves had called the office twice"],
    ],
    [
      "'has always denied' with its adverb",
      `${HEAD}Menezes, who did not address the court after the verdict, has always denied hiding losses from the Banco de Portugal.`,
      ["hiding losses from the Banco de Portugal"],
    ],
    [
      "'told' a long listener 'that', and a means in the content",
      `${HEAD}Union president Kim Dae-sung told a rally of several thousand workers outside the plant's main gate that the company had "broken its word" by cutting bonuses while paying record dividends to shareholders.`,
      ['the company had "broken its word" by cutting bonuses while paying record dividends to shareholders'],
    ],
    [
      "a quotation at the end of a 'telling' clause is part of it",
      `${HEAD}Commissioner Graham Tully rejected the finding, telling ABC Radio Sydney that every controller had received the bureau's alert "within minutes of its release."`,
      ['every controller had received the bureau\'s alert "within minutes of its release."'],
    ],
    [
      "'projected that' after an appositive",
      `${HEAD}An analysis by Crossfield Economics, a consulting firm hired by the team, projected that the ballpark would support 290 jobs.`,
      ["the ballpark would support 290 jobs"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(claims(text).map((c) => c.text)).toEqual(expected);
  });
});
