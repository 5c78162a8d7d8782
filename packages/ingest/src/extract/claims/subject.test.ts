import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

/** Each claim's text, cue and the words of its speaker mention. */
function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    cue: c.cue,
    speakerText: c.speaker_start != null && c.speaker_end != null ? text.slice(c.speaker_start, c.speaker_end) : null,
  }));
}

describe("the subject of a clause whose cue has none of its own", () => {
  it.each([
    [
      "a name opening the clause, not the appositive before the participle",
      "Intro.\n\nEmanuel fired his police chief, Garry F. McCarthy, acknowledging that the city has lost trust in the force.",
      [{ cue: "acknowledging", speakerText: "Emanuel" }],
    ],
    [
      "a described subject after ', but', not the name in its object",
      "Intro.\n\nThose voters hold favorable opinions of Mr. Clinton, but view her with more skepticism.",
      [{ cue: "view", speakerText: "Those voters" }],
    ],
    [
      "'a month later' between the subject and its verb",
      "Intro.\n\nWhen Carly Fiorina a month later announced 6,000 layoffs, workers were shocked.",
      [{ cue: "announced", speakerText: "Carly Fiorina" }],
    ],
    [
      "the object of a preposition is not the subject",
      "Intro.\n\nTo fight the Islamic State, Donald Trump leaned toward President Obama's approach, noting that the two are enemies.",
      [{ cue: "noting", speakerText: "Donald Trump" }],
    ],
  ])("%s", (_name, text, expected) => {
    expect(claims(text).map(({ cue, speakerText }) => ({ cue, speakerText }))).toEqual(expected);
  });
});

describe("speakers and content around interrupters", () => {
  it.each([
    [
      "a '--' interrupter between the subject and its verb",
      "Intro.\n\nA former presidential candidate -- John McCain, who lost the 2008 election -- said the president offered no changes to his strategy.",
      { text: "the president offered no changes to his strategy", speakerText: "A former presidential candidate" },
    ],
    [
      "', including …,' between the subject and its verb",
      "Intro.\n\nSix Gannett newspapers in New Jersey, including the Asbury Park Press, said he is not fit to be governor.",
      { text: "he is not fit to be governor", speakerText: "Six Gannett newspapers in New Jersey" },
    ],
    [
      "a parenthesis and an appositive after the name",
      "Intro.\n\nRep. Elijah Cummings (D-Md.), chair of the Platform Committee, said that the process was open to every viewpoint.",
      { text: "the process was open to every viewpoint", speakerText: "Rep. Elijah Cummings" },
    ],
    [
      "a share of poll respondents",
      "Intro.\n\nAmong the voters polled, three-quarters said the same of Bernie Sanders.",
      { text: "the same of Bernie Sanders", speakerText: "three-quarters" },
    ],
    [
      "'tonight' before content without 'that'",
      "Intro.\n\nMarco Rubio says tonight he is a step closer to being the next president.",
      { text: "he is a step closer to being the next president", speakerText: "Marco Rubio" },
    ],
    [
      "a listener of several words before 'that'",
      "Intro.\n\nNovak Djokovic told a TV interviewer that he is feeling a lot of emotion before the match.",
      { text: "he is feeling a lot of emotion before the match", speakerText: "Novak Djokovic" },
    ],
  ])("%s", (_name, text, expected) => {
    expect(claims(text).map(({ text, speakerText }) => ({ text, speakerText }))).toEqual([expected]);
  });
});

// rules-123 (read on gold/newsdev12)
describe("the subject of a participle's clause after a dateline", () => {
  it.each([
    [
      "an organization a country's possessive owns",
      "Intro.\n\nCHIȘINĂU, Moldova — Moldova’s Central Electoral Commission (CEC) on Monday struck 46 candidates off the ballot, saying the party had offered voters discounted gas.",
      [{ cue: "saying", speakerText: "Central Electoral Commission" }],
    ],
    [
      "a person's name",
      "Intro.\n\nLIMA, Peru (AP) — Apolinario Huamaní Quispe on Monday closed the road to the mine, saying the company had broken its promises.",
      [{ cue: "saying", speakerText: "Apolinario Huamaní Quispe" }],
    ],
  ])("%s", (_name, text, expected) => {
    expect(claims(text).map(({ cue, speakerText }) => ({ cue, speakerText }))).toEqual(expected);
  });

  it("is no plural noun the story opens with", () => {
    const text =
      "Intro.\n\nJALAPA, Guatemala (EFE) - Hundreds of members of the Xinka people blocked the road to the mine on Monday, demanding that the government suspend its licence.";
    expect(claims(text)).toEqual([]);
  });
});

describe("a speaker the possessor's organization names, without a dateline", () => {
  it("is the organization, not the country before its possessive", () => {
    const text =
      "Intro.\n\nMoldova’s Central Electoral Commission on Monday struck 46 candidates off the ballot, saying the party had offered voters discounted gas.";
    expect(claims(text).map((c) => c.speakerText)).toEqual(["Central Electoral Commission"]);
  });
});

// rules-125 (read on gold/newsdev14)
describe("speakers newsdev14 read wrong", () => {
  it.each([
    [
      "a member of a party named after a modifier, before a relative clause",
      "Intro.\n\nSen. Chiara Lombardi of the opposition Democratic Party (PD), who represents Turin in the upper house, said the government had looked the other way.",
      "Sen. Chiara Lombardi",
    ],
    [
      "an unnamed player of a named team",
      "Intro.\n\nA senior Connacht player, who asked not to be named because talks were under way, said three internationals had been approached by French clubs.",
      "A senior Connacht player",
    ],
  ])("%s", (_name, text, speakerText) => {
    expect(claims(text).map((c) => c.speakerText)).toEqual([speakerText]);
  });
});
