import { describe, expect, it } from "vitest";
import { affiliationPairs } from "../extracted-views.js";

const HEAD = "Story\n\nMonday, April 4, 2016\n\n";

describe("affiliations newsdev86 read wrong (rules-198)", () => {
  it.each([
    [
      "a brokerage's analyst",
      `${HEAD}Prices will rise, Tamir Finance analyst Aidos B. Kerimov said.`,
      ["Aidos B. Kerimov -> Tamir Finance"],
    ],
    [
      "an agency's chief under the bare title",
      `${HEAD}The chairman sent Forest Service Chief Margaret Ilunga-Hayes a letter on Tuesday.`,
      ["Margaret Ilunga-Hayes -> Forest Service"],
    ],
    [
      "a police force's chief, its short name the department's",
      `${HEAD}Carver Falls Police Chief Warren Tate resigned on Monday. The Carver Falls Police Department named an interim chief.`,
      ["Warren Tate -> Carver Falls Police Department"],
    ],
    [
      "a managing director after a middle initial and 'van der'",
      `${HEAD}Benguela Deep Sea Fishing Ltd was outbid. Its managing director, Pieter J. van der Walt, said the company would tie up two trawlers.`,
      ["Pieter J. van der Walt -> Benguela Deep Sea Fishing Ltd"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(affiliationPairs(text)).toEqual(expected);
  });

  // (rules-199: "Working America, a labor group," is an organization by its appositive now; "the group" is it, and
  // still no company — this case stood in the "no affiliation" table while the name was read as nothing)
  it("'the group' is the group an appositive named, not a company named after it", () => {
    expect(
      affiliationPairs(
        "Working America, a labor group, polled voters. But Matt Morrison, the group's deputy director, said Facebook ads worked.",
      ),
    ).toEqual(["Matt Morrison -> Working America"]);
  });
});
