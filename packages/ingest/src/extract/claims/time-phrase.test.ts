import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => [c.text, c.speaker]);
}

describe("content after a bare day ('said Tuesday his actions …')", () => {
  it.each([
    [
      "a pronoun clause after the day",
      "Barack Obama said Tuesday his actions are consistent with the constitution.",
      [["his actions are consistent with the constitution", "Barack Obama"]],
    ],
    [
      "a name after the day",
      "Jane Miller said Monday Congress would not pass the budget this year.",
      [["Congress would not pass the budget this year", "Jane Miller"]],
    ],
    [
      "'on' before the day, as wire copy writes it",
      "Kenyan President William Ruto said on Tuesday the country would not default.",
      [["the country would not default", "William Ruto"]],
    ],
    ["a place phrase after 'on' and the day is no content", "Jane Miller said on Monday in an interview.", []],
    ["a place phrase after the day is no content", "Jane Miller said Monday in an interview with the paper.", []],
    [
      "nothing after the day: the content is before the cue",
      "The budget is late, Jane Miller said Monday.",
      [["The budget is late", "Jane Miller"]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe("a place or occasion after the cue is no content ('spoke at a rally')", () => {
  it.each([
    [
      "a subject pronoun after 'in a statement' opens the content",
      "Hamas said in a statement it would not attend the talks.",
      [["it would not attend the talks", "Hamas"]],
    ],
    [
      "a capitalised name between 'on' and 'that' is a platform",
      "Donald Trump posted on Truth Social that the election was rigged.",
      [["the election was rigged", "Donald Trump"]],
    ],
    [
      "a platform after 'on' is where it was said",
      "Volodymyr Zelensky wrote on Telegram that Russia had launched 40 missiles.",
      [["Russia had launched 40 missiles", "Volodymyr Zelensky"]],
    ],
    ["'spoke at a rally'", "Jane Miller spoke at a rally in Ohio on the budget plan.", []],
    [
      "'…, X said in Cairo.': the content is before the cue",
      "The budget is late, Jane Miller said in Cairo.",
      [["The budget is late", "Jane Miller"]],
    ],
    [
      "'said in a statement that …' keeps the clause after 'that'",
      "Jane Miller said in a statement that the budget would be late this year.",
      [["the budget would be late this year", "Jane Miller"]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
