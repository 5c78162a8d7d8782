import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function affiliations(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .affiliations.map((a) => `${a.person} -> ${a.organization}`)
    .sort();
}

const HEAD = "Story\n\nFriday, March 11, 2016\n\n";

describe("affiliations newsdev60 read wrong (rules-172)", () => {
  it.each([
    [
      "a general counsel 'for' an organization ('counsel' is a cue's form too)",
      `${HEAD}The Alabama Ethics Commission met. Tom Albright, general counsel for the Alabama Ethics Commission, said the commission does not confirm it.`,
      ["Tom Albright -> Alabama Ethics Commission"],
    ],
    [
      "a special counsel 'to the board'",
      `ALBANY — The New York State Board of Elections met. Kenneth Marsh, special counsel to the board, denied that Quintero had been treated differently.`,
      ["Kenneth Marsh -> New York State Board of Elections"],
    ],
    [
      "'a member of parliament for' a town, beside the one parliament named",
      `${HEAD}The Parliament of Sri Lanka passed the bill. Mahesh Perera, a member of parliament for Kandy, said the government had lied.`,
      ["Mahesh Perera -> Parliament of Sri Lanka"],
    ],
    [
      "a minister of the first portfolio of a ministry's name",
      `${HEAD}Poland's Ministry of Culture and National Heritage said so. Culture Minister Agata Wróblewska told the news channel TVN24 that the law would remain.`,
      ["Agata Wróblewska -> Ministry of Culture and National Heritage"],
    ],
    [
      "a spokesman for 'the finance ministry' beside its full name",
      `${HEAD}Uganda's Ministry of Finance, Planning and Economic Development said so. Ronald Ssebaggala, a spokesman for the finance ministry, denied that the ministry had withheld funds.`,
      ["Ronald Ssebaggala -> Ministry of Finance, Planning and Economic Development"],
    ],
    [
      "one of an acronym's commissioners",
      `${HEAD}Japan's Nuclear Regulation Authority (NRA) approved it. Shinji Arakawa, one of the NRA's five commissioners, told a news conference that the authority had worked hard.`,
      ["Shinji Arakawa -> Nuclear Regulation Authority"],
    ],
    [
      "a governor beside a prefectural government",
      `${HEAD}The restart still requires the consent of the Fukui Prefectural Government and the Fukui Prefectural Assembly. Governor Yoko Tanabe said on Wednesday that she would not consent.`,
      ["Yoko Tanabe -> Fukui Prefectural Government"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(affiliations(text)).toEqual(expected);
  });
});
