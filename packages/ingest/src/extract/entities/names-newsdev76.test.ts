import { describe, expect, it } from "vitest";
import { claimsSaid, entityAliases, entityNames } from "../extracted-views.js";

const HEAD = "Story\n\nTuesday, March 8, 2016\n\n";

describe("names newsdev76 read wrong (entities-188)", () => {
  it.each([
    [
      "a consulting firm's name the tagger read as a person's",
      `${HEAD}According to the indictment, Turquoise Trail Strategies paid the fees to Sierra Blanca Consulting, a company registered to the senator's wife.`,
      ["Organization Sierra Blanca Consulting", "Organization Turquoise Trail Strategies"],
    ],
    [
      "a town after 'in nearby'",
      `${HEAD}Dan Kowalczyk, president of the union, which represents about 1,400 workers at the Mahoning Steel Corp. mill in nearby Warren, called the plan "a betrayal."`,
      ["Organization Mahoning Steel Corp.", "Person Dan Kowalczyk"],
    ],
    [
      "a statehouse, a building",
      `${HEAD}The fight has reached the Statehouse. State Sen. Rick Dunlap said he would hold a hearing.`,
      ["Person Rick Dunlap"],
    ],
    [
      "a Bhutanese minister's honorific before his name",
      `${HEAD}Lyonpo Kinzang Lhendup denied that any agreement had been kept secret.`,
      ["Person Kinzang Lhendup"],
    ],
    [
      "Fiji's main islands",
      `${HEAD}Most growers farm in the west of Viti Levu and on Vanua Levu, Ana Tora said.`,
      ["Person Ana Tora"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entityNames(text)).toEqual(expected);
  });

  it.each([
    [
      "a state's abbreviation and a department's initials ('MoDOT')",
      `${HEAD}The Missouri Department of Transportation will put the work out for bid. Its director said MoDOT had been spending most of its budget on repairs.`,
      "Missouri Department of Transportation",
      ["MoDOT"],
    ],
  ])("%s", (_name, text, name, aliases) => {
    expect(entityAliases(text, name)).toEqual(aliases);
  });

  it("a company's opening words, once read as a person's, are the company, no second organization", () => {
    expect(
      entityNames(
        `${HEAD}In a 212-page filing with the Iowa Utilities Board, Prairie Crossing Pipeline LLC said it had reached voluntary agreements with the owners of 81 percent of the parcels along the 346-mile route and had offered the rest “well above market value.”\n\nPrairie Crossing spokesman Brent Lorimer said the company would use eminent domain “only as a last resort” and that fewer than 40 landowners had refused to negotiate at all.\n\nCarol Sievers, who raises cattle near Cherokee, said in a post on Facebook that Prairie Crossing surveyors had come onto her pasture twice without permission this fall.`,
      ),
    ).toEqual([
      "Organization Facebook",
      "Organization Iowa Utilities Board",
      "Organization Prairie Crossing Pipeline LLC",
      "Person Brent Lorimer",
      "Person Carol Sievers",
    ]);
  });

  it("an organization's whole name, typed once, is that organization where else it is written", () => {
    const text =
      "Arizona county sued over voter purge weeks before primary\n\nPHOENIX (AP) — A voting-rights group sued the Pinal County Recorder's Office on Tuesday, accusing it of wrongly striking more than 11,000 people from the voter rolls.\n\nThe lawsuit, filed in U.S. District Court in Phoenix by Fair Ballot Arizona, says the office removed the voters without mailing the notices that federal law requires.\n\nRosa Villanueva, the executive director of Fair Ballot Arizona, a nonpartisan group that has registered about 40,000 voters in rural Arizona since 2012, said many of those removed learned of it only when they tried to update their addresses online.";
    expect(claimsSaid(text)).toContainEqual({
      text: "the office removed the voters without mailing the notices that federal law requires",
      speaker: "Fair Ballot Arizona",
    });
  });
});
