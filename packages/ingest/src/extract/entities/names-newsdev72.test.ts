import { describe, expect, it } from "vitest";
import { entityAliases, entityNames } from "../extracted-views.js";

const HEAD = "Story\n\nWednesday, September 23, 2015\n\n";

describe("names newsdev72 read wrong (entities-184)", () => {
  it.each([
    [
      "a rating agency whose name holds a possessive",
      `${HEAD}The city's pension funds have 40 cents for every dollar they owe, according to Moody’s Investors Service, which cut its rating.`,
      ["Organization Moody's Investors Service"],
    ],
    [
      "a disease is no person",
      `${HEAD}"We are choosing between fighting Zika and fighting the next outbreak," Alan Mercer said.`,
      ["Person Alan Mercer"],
    ],
    [
      "a policy named a plan is no organization",
      `${HEAD}Judges heard seven hours of arguments over the Clean Power Plan, which requires states to cut emissions.`,
      [],
    ],
    [
      "a state's name of two words before a level of government, however the tagger read it",
      `${HEAD}An assemblyman accused the Negeri Sembilan state government of looking the other way.`,
      ["Organization Negeri Sembilan state government"],
    ],
    [
      "a name the tagger read as a person's before 'news agency'",
      `${HEAD}She told the Lusa news agency that some villages had waited two hours for the first fire engines.`,
      ["Organization Lusa"],
    ],
    [
      "an Akan day name opening a sentence is the name's",
      `${HEAD}Efua Asantewaa Ofori, a spokesperson for the board, said on Citi FM that no one had asked.`,
      ["Organization Citi FM", "Person Efua Asantewaa Ofori"],
    ],
    [
      "the national party is not its state party",
      `${HEAD}The Republican Party of Iowa bars paid recruiting. Sen. Marcus Delane leads Richard Stanhope in the race for the Republican Party's presidential nomination.`,
      [
        "Organization Republican Party",
        "Organization Republican Party of Iowa",
        "Person Marcus Delane",
        "Person Richard Stanhope",
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entityNames(text)).toEqual(expected);
  });

  it.each([
    [
      "a Malaysian Indian name's 'a/l' joins the given names and the father's, the given names alone its alias",
      `${HEAD}Rajesh Kumar a/l Subramaniam, a lawyer with the Seremban firm Lim Chong & Associates, said his client had acted on orders. Rajesh Kumar said his client would cooperate.`,
      "Rajesh Kumar a/l Subramaniam",
      ["Rajesh Kumar"],
    ],
    [
      "an acronym that leaves out the name's last field after 'and'",
      `${HEAD}The stalemate leaves the Centers for Disease Control and Prevention scrambling. The CDC has counted 2,900 cases.`,
      "Centers for Disease Control and Prevention",
      ["CDC"],
    ],
  ])("%s", (_name, text, name, expected) => {
    expect(entityAliases(text, name)).toEqual(expected);
  });
});
