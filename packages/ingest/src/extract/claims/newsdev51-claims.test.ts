import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
    kind: c.kind,
  }));
}

describe("claims newsdev51 read wrong (rules-162)", () => {
  it.each([
    [
      "a quote after a cue inside the clause 'said' reports",
      'Ethics\n\nMonday, May 4, 2026\n\nState Rep. Tamsin Oduya (D-Birmingham) said the case showed "exactly why the rules need teeth."',
      'the case showed "exactly why the rules need teeth."',
      "Tamsin Oduya",
    ],
    [
      "a quote after 'the report' inside what 'accused' reports",
      "Jail\n\nMonday, May 4, 2026\n\nCommissioner Ruth Ann Kessel accused the sheriff of using the report “to scare people into a tax increase.”",
      "the sheriff of using the report “to scare people into a tax increase.”",
      "Ruth Ann Kessel",
    ],
    [
      "a quote after a cue in a second 'that' clause of 'told'",
      "Ferries\n\nMonday, May 4, 2026\n\nLieutenant Commander Rowena Dimaculangan told reporters that the ferry had been cleared to leave and that investigators would examine “whether anyone on the bridge was watching the radar.”",
      "the ferry had been cleared to leave and that investigators would examine “whether anyone on the bridge was watching the radar.”",
      "Rowena Dimaculangan",
    ],
    [
      "'and said' after a dateline and a place's possessive description",
      "Pension fees\n\nCOLUMBUS, Ohio (AP) — Ohio’s state treasurer on Tuesday accused the fund of keeping fees off its books, and said she would refuse to sign off on its new investments.",
      "she would refuse to sign off on its new investments",
      "Ohio’s state treasurer",
    ],
    [
      "'According to the commission's findings'",
      "Ethics\n\nMonday, May 4, 2026\n\nThe Alabama Ethics Commission on Thursday fined a lobbyist. According to the commission's findings, Pell covered flights for a senator.",
      "Pell covered flights for a senator",
      "Alabama Ethics Commission",
    ],
    [
      "'The researchers found' after a study led by someone",
      "Water\n\nMonday, May 4, 2026\n\nTap water contained microplastics, according to a study led by Sanne de Groot of Radboud University.\n\nThe researchers found an average of 14 particles per litre.",
      "an average of 14 particles per litre",
      "Sanne de Groot",
    ],
    [
      "'The campaign of X' and its second verb, the candidate's committee named",
      "Debate\n\nMonday, May 4, 2026\n\nThe campaign of former Ohio Sen. Reid Haverford on Monday accused the state party of changing its rules, and said he would not appear at a second-tier forum.\n\nHaverford for America had $1.9 million in cash at the end of December.",
      "he would not appear at a second-tier forum",
      "Haverford for America",
    ],
    [
      "'and agreed on' inside what a petition says",
      "Schools\n\nMonday, May 4, 2026\n\nThe petition says three board members met with the superintendent on Feb. 18 and agreed on which schools to close.",
      "three board members met with the superintendent on Feb. 18 and agreed on which schools to close",
      "petition",
    ],
  ])("%s", (_name, text, content, speaker) => {
    const claim = claims(text).find((c) => c.text === content);
    expect(claim?.speaker).toBe(speaker);
  });

  it.each([
    [
      "a letter's recipient before the participle that reports",
      "Jail\n\nMonday, May 4, 2026\n\nThe American Civil Liberties Union of Washington wrote to the board in January, warning that conditions could violate inmates’ rights.",
      ["conditions could violate inmates’ rights"],
    ],
    [
      "money asked of a board",
      "Jail\n\nMonday, May 4, 2026\n\nHe has asked the Tieton County Board of Commissioners for $2.4 million to reopen a closed wing.",
      [],
    ],
    [
      "nothing reported",
      "Ethics\n\nMonday, May 4, 2026\n\nPell covered flights for a senator at a cost of about $9,700, and reported none of it.",
      [],
    ],
    [
      "forms referred to a prosecutor",
      "Ethics\n\nMonday, May 4, 2026\n\nThe commission fined a lobbyist and referred the senator's own disclosure forms to the Attorney General's Office.",
      [],
    ],
  ])("only the claims there are in %s", (_name, text, contents) => {
    expect(claims(text).map((c) => c.text)).toEqual(contents);
  });

  it.each([
    [
      "a request made with 'called on' after 'and', no part of what was said",
      'Whisky\n\nMonday, May 4, 2026\n\nThe association said distillers had "no quarrel" with American bourbon makers and called on both governments to return to talks.',
      ['distillers had "no quarrel" with American bourbon makers'],
    ],
    [
      "a participle in the clause a 'said' reports, no claim of its own",
      "Lawsuit\n\nSYDNEY (Reuters) - Australia's competition regulator said on Wednesday it had started proceedings against a supermarket chain, alleging that the company misled shoppers.",
      ["it had started proceedings against a supermarket chain"],
    ],
  ])("keeps %s", (_name, text, contents) => {
    expect(claims(text).map((c) => c.text)).toEqual(contents);
  });
});
