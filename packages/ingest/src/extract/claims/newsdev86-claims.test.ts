import { describe, expect, it } from "vitest";
import { claimsSaid, claimTargets } from "../extracted-views.js";

const HEAD = "Story\n\nMonday, April 4, 2016\n\n";

describe("claims newsdev86 read wrong (rules-198)", () => {
  it.each([
    [
      "a lead's county clerk, then named with the county's title, then 'The clerk'",
      `Recall\n\nDENVER (Reuters) - A county clerk in Colorado on Thursday refused to certify a petition, saying most of its signatures were invalid.\n\nRidge Valley County Clerk Rosalind de la Fuente-Ortiz said the committee had fallen short.\n\nThe clerk denied that anyone had pressured her.`,
      ["most of its signatures were invalid", "the committee had fallen short", "anyone had pressured her"],
      "Rosalind de la Fuente-Ortiz",
    ],
    [
      "a lead's definite description, the one holder of its title named after it",
      `${HEAD}Hospitals are spending millions to sink a bill, but the freshman senator behind it says she isn't backing down.\n\nThe bill from Sen. Marta Oyelowo-Price (R-Neb.) would cap prices.`,
      ["she isn't backing down"],
      "Marta Oyelowo-Price",
    ],
    [
      "ads and their narrator speak for the one who airs them",
      `${HEAD}The Midwest Hospital Alliance began airing television ads on Monday. The ads warn that rural hospitals would close.\n\n"Families are going to lose the hospital down the road," the narrator says in one of the spots.`,
      ["rural hospitals would close", "Families are going to lose the hospital down the road,"],
      "Midwest Hospital Alliance",
    ],
    [
      "an analyst's note, his employer's name before the label",
      `${HEAD}The increase will add about 0.4 percentage points to inflation this year, Tamir Finance analyst Aidos B. Kerimov wrote in a note to clients.`,
      ["The increase will add about 0.4 percentage points to inflation this year"],
      "Aidos B. Kerimov",
    ],
    [
      "an op-ed's participle of issue before the writer's 'that'",
      `${HEAD}Ruth Okafor wrote in an op-ed published Sunday in the Omaha World-Herald that patients were paying too much.`,
      ["patients were paying too much"],
      "Ruth Okafor",
    ],
    [
      "a clause of time between the one told and the content",
      `${HEAD}Ocampo told The Courier in June, when the newspaper first asked about the lease, that he had no stake in it.`,
      ["he had no stake in it"],
      "Ocampo",
    ],
  ])("%s", (_name, text, contents, speaker) => {
    const said = claimsSaid(text);
    for (const content of contents) expect(said.find((c) => c.text === content)?.speaker, content).toBe(speaker);
  });

  it.each([
    [
      "a restrictive relative clause describes the source",
      `${HEAD}A bidder who took part in the auction told the Namibian Broadcasting Corporation (NBC), on condition of anonymity, that two companies had agreed not to bid.`,
      "two companies had agreed not to bid",
      "bidder who took part in the auction",
    ],
    [
      "a party's member of parliament, unnamed",
      `${HEAD}A Labour MP, who asked not to be named, said the government would accept the amendment.`,
      "the government would accept the amendment",
      "Labour MP",
    ],
    [
      "a company's trader, unnamed",
      `${HEAD}A Rosneft fuel trader, who asked not to be named, said the company had been importing petrol since December.`,
      "the company had been importing petrol since December",
      "Rosneft fuel trader",
    ],
    [
      "a lead's members' union, named later",
      `${HEAD}Namibia raised N$412 million at its first quota auction, the ministry said, but a workers' union warned that the sale would cost jobs.\n\nThe Namibia Food and Allied Workers Union (NAFAU) said 600 workers would lose their contracts.`,
      "the sale would cost jobs",
      "Namibia Food and Allied Workers Union",
    ],
  ])("%s", (_name, text, content, speaker) => {
    expect(claimsSaid(text).find((c) => c.text === content)?.speaker).toBe(speaker);
  });

  it.each([
    ["a thing told", `${HEAD}House Republicans want to know whether the agency's chief told Congress the whole story.`],
    [
      "a thing demanded",
      `${HEAD}The chairman sent the chief a letter Tuesday demanding every email tied to the decision.`,
    ],
    [
      "a noun's modifier after a count",
      `${HEAD}The coalition, which represents riders on the authority's two rail lines, met on Monday.`,
    ],
  ])("no claim: %s", (_name, text) => {
    expect(claimsSaid(text)).toEqual([]);
  });

  it("the outlet told is no target of what it carries", () => {
    const text = `${HEAD}The mayor denied the charge, telling The Blade that Dorsey "has not seen one complaint."`;
    expect(claimTargets(text, claimsSaid(text).at(-1)?.text ?? "")).not.toContain("The Blade");
  });
});
