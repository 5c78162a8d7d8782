import { describe, expect, it } from "vitest";
import { affiliationPairs } from "../extracted-views.js";

const HEAD = "Story\n\nThursday, March 10, 2016\n\n";

describe("affiliations newsdev76 read wrong (rules-188)", () => {
  it.each([
    [
      "a Bhutanese honorific between the role and the name",
      `${HEAD}Druk Green Power Corporation (DGPC) runs the plant. “We built this,” DGPC managing director Dasho Ugyen Namgyal said at the opening ceremony.`,
      ["Ugyen Namgyal -> Druk Green Power Corporation"],
    ],
    [
      "'said its president, X' after a quotation",
      `${HEAD}The Malta Developers Association (MDA) defended its members. "The collapse was caused by one contractor," said its president, Kevin Dalli.`,
      ["Kevin Dalli -> Malta Developers Association"],
    ],
    [
      "a company named without its legal form, read as a place",
      `${HEAD}About 1,400 workers are employed at the Mahoning Valley Steel Corp. mill. Richard Kowalczyk, chief executive of Mahoning Valley Steel, which has idled two of its four blast furnaces this year, said the company needed help.`,
      ["Richard Kowalczyk -> Mahoning Valley Steel Corp."],
    ],
  ])("%s", (_name, text, expected) => {
    expect(affiliationPairs(text)).toEqual(expected);
  });
});
