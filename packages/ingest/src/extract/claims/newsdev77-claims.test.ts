import { describe, expect, it } from "vitest";
import { claimsSaid } from "../extracted-views.js";

const HEAD = "Story\n\nMonday, November 9, 2015\n\n";

describe("claims newsdev77 read wrong (rules-189)", () => {
  it.each([
    [
      "a nominee's description, the person the next paragraph opens with",
      `Nominee grilled\n\nWASHINGTON (AP) — The White House's pick for surgeon general denied Thursday that she had ever told parents to delay childhood vaccines, telling a Senate committee that a column she wrote in 2011 had been "read backward by people who wanted a fight."\n\nDr. Teresa Villanueva-Haas, a pediatrician who ran the state's immunization program, faced three hours of questions.`,
      [
        { text: "she had ever told parents to delay childhood vaccines", speaker: "Teresa Villanueva-Haas" },
        {
          text: 'a column she wrote in 2011 had been "read backward by people who wanted a fight."',
          speaker: "Teresa Villanueva-Haas",
        },
      ],
    ],
    [
      "a letter a relative clause says someone drafted",
      `${HEAD}Sen. Eleanor Brackett asked the agency to withdraw the rule. The letter, which Brackett drafted, says the agency relied on sightings that are a decade old.`,
      [{ text: "the agency relied on sightings that are a decade old", speaker: "Eleanor Brackett" }],
    ],
    [
      "a compound's 'permit' is no verb; the participle is the lead's council's",
      `Parish asks state to pull permit\n\nBATON ROUGE, Louisiana (Reuters) - A Louisiana parish council asked state regulators on Monday to revoke the air permit for a $1.9 billion plastics plant, saying the Louisiana Department of Environmental Quality had ignored the cancer risk to a community next to the site.\n\nThe St. Odile Parish Council’s resolution, passed 6-1, says the Gulfstar Polymers plant would release up to 14 tons of ethylene oxide a year.`,
      [
        {
          text: "the Louisiana Department of Environmental Quality had ignored the cancer risk to a community next to the site",
          speaker: "St. Odile Parish Council",
        },
        {
          text: "the Gulfstar Polymers plant would release up to 14 tons of ethylene oxide a year",
          speaker: "St. Odile Parish Council",
        },
      ],
    ],
    [
      "a letter the sentence opens in speaks for its sender after",
      `${HEAD}But in a letter to the department dated Oct. 28, the U.S. Environmental Protection Agency said the state’s air modeling had “significantly understated” cancer risks. The letter also said the department should require Gulfstar to install fence-line monitors.`,
      [
        {
          text: "the state’s air modeling had “significantly understated” cancer risks",
          speaker: "U.S. Environmental Protection Agency",
        },
        {
          text: "the department should require Gulfstar to install fence-line monitors",
          speaker: "U.S. Environmental Protection Agency",
        },
      ],
    ],
    [
      "a job label before the name of a tail attribution",
      `${HEAD}The plant would bring 600 permanent jobs, plant manager Alain Thibodeaux told Reuters. Fewer than 360 right whales are left, agency spokeswoman Kirsten Aldana-Moore said in a statement.`,
      [
        { text: "The plant would bring 600 permanent jobs", speaker: "Alain Thibodeaux" },
        { text: "Fewer than 360 right whales are left", speaker: "Kirsten Aldana-Moore" },
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(claimsSaid(text)).toEqual(expected);
  });

  it.each([
    ["what nobody can say", `${HEAD}The whales carry no gear, so nobody can say where it came from.`],
    ["a thing called by a noun", `${HEAD}The mayor called the vote.`],
  ])("%s reports no words", (_name, text) => {
    expect(claimsSaid(text)).toEqual([]);
  });

  it("'Supporters of the bill say' keeps its verb", () => {
    expect(claimsSaid(`${HEAD}Supporters of the bill say the business lobby is overstating the risk.`)).toEqual([
      { text: "the business lobby is overstating the risk", speaker: "Supporters of the bill" },
    ]);
  });
});
