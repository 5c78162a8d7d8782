import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => [c.text, c.speaker, c.rule]);
}

describe("direct quotes with two apostrophes as quote marks (some wire feeds)", () => {
  it.each([
    [
      "''…,'' said Name, role.",
      "Tunnels are a problem.\n\n''The clock is ticking today for all,'' said Kevin Hecht, an expert.",
      [["The clock is ticking today for all,", "Kevin Hecht", "quote-tail"]],
    ],
    [
      "''…,'' Name said.",
      "Tunnels are a problem.\n\n''The clock is ticking today for all,'' Kevin Hecht said.",
      [["The clock is ticking today for all,", "Kevin Hecht", "quote-tail"]],
    ],
    [
      "Name said, ''…''",
      "Tunnels are a problem.\n\nKevin Hecht said, ''The clock is ticking today for all.''",
      [["The clock is ticking today for all.", "Kevin Hecht", "quote-head"]],
    ],
    ["a plural possessive apostrophe is not a quote", "The voters' choice was clear to all of the observers.", []],
    [
      "''…, 'nested,''' said Name (rules-93: the third apostrophe is the nested quote's)",
      "The debate was tense.\n\n''Voters will not be satisfied with 'We'll bomb them,''' said Senator John McCain of Arizona. ''It was fine,'' he added.",
      [
        ["Voters will not be satisfied with 'We'll bomb them,", "John McCain", "quote-tail"],
        ["It was fine,", "John McCain", "quote-tail"],
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe("direct quotes: more cue shapes", () => {
  it.each([
    [
      "a speaker with a parenthesis holding a period",
      "Intro.\n\n“It reminds us how important this election is,” Sen. Marco Rubio (R-Fla.) said Saturday night.",
      [["It reminds us how important this election is,", "Marco Rubio", "quote-tail"]],
    ],
    [
      "a name joined to an organization by 'of'",
      "Intro.\n\n“People stood hours in line in the sun,” said Meenakshi Ganguly of Human Rights Watch.",
      [["People stood hours in line in the sun,", "Meenakshi Ganguly", "quote-tail"]],
    ],
    [
      "'barked'",
      "Intro.\n\n“Go back to Univision,” Donald Trump barked and a guard escorted Ramos out.",
      [["Go back to Univision,", "Donald Trump", "quote-tail"]],
    ],
    [
      "'the email read' (a tail-only cue)",
      "Intro.\n\n“Friend, let me be blunt. I can beat Hillary Clinton,” the email read.",
      [["Friend, let me be blunt. I can beat Hillary Clinton,", "email", "quote-tail"]],
    ],
    [
      "'said of Congress:' before the quote",
      "Intro.\n\nDr. Dreyer said of Congress: “They just need to get their act together and act responsibly.”",
      [["They just need to get their act together and act responsibly.", "Dreyer", "quote-head"]],
    ],
    ["'read' is no cue outside a quote's tail", "Intro.\n\nShe read the report on the plane to Denver last night.", []],
  ])("%s", (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe("a quote that opened mid-sentence and closes its sentence", () => {
  it("belongs to the cue before it, not to the next sentence's cue", () => {
    const text =
      "Intro.\n\nTed Cruz says that “when you live by the pen, you die by the pen.” He added that the actions would be repealed.";
    const got = extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => [c.cue, c.speaker]);
    expect(got).toEqual([
      ["says", "Ted Cruz"],
      ["added", "Ted Cruz"],
    ]);
  });
});

describe("a name and a colon before a quote", () => {
  const quotes = (text: string) =>
    extractDocument({ id: "t", text, origin: "t", format: "text" }, { claimUnit: "attribution" })
      .claims.filter((c) => c.kind === "direct")
      .map((c) => [c.text, c.speaker]);
  it.each([
    [
      "after a dash",
      "The race is close.\n\nIOWA POLLS WRONG - Mark Blumenthal and Jon Cohen: “The polls ended too early, and voters moved in the final week.”",
      [["The polls ended too early, and voters moved in the final week.", "Jon Cohen"]],
    ],
    [
      "after 'from'",
      "The race is close.\n\nMore from Jeffrey Jones: “The partisanship of the state population is a starting point.”",
      [["The partisanship of the state population is a starting point.", "Jeffrey Jones"]],
    ],
    [
      "not a name inside a sentence",
      "The race is close. Voters who met Jeffrey Jones: “The partisanship of the state population is a starting point.”",
      [],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("a clause after a quote is not its attribution", () => {
  it("'“…,” though she noted she has …': 'noted' has its own content", () => {
    const text =
      "Lynch spoke at length. She said she speaks about race because “you talk about the issues in front of you,” though she noted she has also pushed for prosecution of trafficking cases.";
    const claims = extractDocument({ id: "t", text, origin: "t", format: "text" }, { claimUnit: "attribution" }).claims;
    expect(claims.map((c) => [c.cue, c.text])).toContainEqual([
      "noted",
      "she has also pushed for prosecution of trafficking cases",
    ]);
  });
});

// rules-141 (read on gold/newsdev30)
describe("a nickname in quotation marks inside the speaker's name after the quote (rules-141)", () => {
  it("attributes the quote and its continuation to the person", () => {
    expect(
      claims(
        'Storm\n\n"We had 14 feet of water on Front Street," Mayor Clarence "Buddy" Thibodeaux said Monday.\n\n"People keep asking me when things will be normal again."',
      ),
    ).toEqual([
      ["We had 14 feet of water on Front Street,", "Clarence Thibodeaux", "quote-tail"],
      ["People keep asking me when things will be normal again.", "Clarence Thibodeaux", "quote-orphan"],
    ]);
  });
});
