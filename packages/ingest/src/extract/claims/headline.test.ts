import { describe, expect, it } from "vitest";
import { analyzeText, extractDocument } from "../extract-document.js";
import { headlineSpan } from "./headline.js";

/** [content, speaker, rule] of each claim that a colon introduces. */
function colonClaims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }, { claimUnit: "attribution" })
    .claims.filter((c) => c.cue === ":")
    .map((c) => [c.text, c.speaker, c.rule]);
}

const BODY = "\n\nWASHINGTON (AP) — The campaign went on in the capital on Monday.";

describe("a headline's source before its colon", () => {
  it.each([
    [
      "a source noun",
      `Poll: Trump and Clinton hold narrow leads in Pennsylvania.${BODY}`,
      [["Trump and Clinton hold narrow leads in Pennsylvania.", "Poll", "headline-colon"]],
    ],
    [
      "a person with words after the name",
      `Clinton to Planned Parenthood: Trump will reverse the ruling.${BODY}`,
      [["Trump will reverse the ruling.", "Clinton", "headline-colon"]],
    ],
    [
      // the tagger reads "Issa" before the colon as a place; since entities-55 a surname of a person the
      // article names in full is that person, so the name rule takes it (headline-colon's own surname
      // lookup remains for a word the tagger leaves untyped)
      "a surname the article names in full",
      "Issa: Hillary Clinton’s ‘Honesty Is In Question.’\n\nOn Sunday, Rep. Darrell Issa spoke to Fox News.",
      [["Hillary Clinton’s ‘Honesty Is In Question.’", "Darrell Issa", "name-colon"]],
    ],
    [
      "a one-word source that is nobody's surname",
      "Tuesday: Hillary Clinton’s campaign goes on in Iowa.\n\nOn Sunday, Rep. Darrell Issa spoke to Fox News.",
      [],
    ],
    ["a label is no source", `The Latest: Cruz to give away engraved shotgun.${BODY}`, []],
    ["an all-capitals label is no source", `BREAKING: Sanders wins the Minnesota caucuses.${BODY}`, []],
    ["not after the first paragraph", `The campaign went on.\n\nPoll: Trump and Clinton hold narrow leads.`, []],
  ])("%s", (_name, text, expected) => {
    expect(colonClaims(text)).toEqual(expected);
  });
});

describe("the headline", () => {
  const span = (text: string) => {
    const doc = analyzeText(text);
    const h = headlineSpan(doc);
    return h ? text.slice(h.start, h.end) : null;
  };
  it.each([
    [
      "a first line set off by a blank line",
      "Kenya confirms cholera outbreak as cases pass 400\n\nNAIROBI — Cases rose.",
      "Kenya confirms cholera outbreak as cases pass 400",
    ],
    [
      "a first line that ends a sentence is the lede",
      "Kenya confirmed a cholera outbreak on Monday.\n\nCases rose.",
      null,
    ],
    ["… or a quotation", "“We are ready,” the minister said!”\n\nCases rose.", null],
    ["a first line with no blank line after it", "Kenya confirms cholera outbreak\nNAIROBI — Cases rose.", null],
    ["a text of one paragraph", "Kenya confirms cholera outbreak", null],
    [
      "a first line too long for a headline",
      `${"Kenya confirms cholera outbreak and ".repeat(6)}more\n\nCases rose.`,
      null,
    ],
  ])("%s", (_name, text, expected) => {
    expect(span(text)).toBe(expected);
  });

  const text =
    "Colombian judge orders former governor detained in contracts case\n\nBOGOTÁ — Judge Mónica Rueda said on Monday that the former governor could try to leave the country.";
  const claims = (unit: "quotation" | "attribution") =>
    extractDocument({ id: "t", text, origin: "t", format: "text" }, { claimUnit: unit }).claims.map((c) => c.text);

  it("holds no claim of the project's (the body says it), but PolNeAR's attribution unit keeps its own", () => {
    expect(claims("quotation")).toEqual(["the former governor could try to leave the country"]);
    expect(claims("attribution")).toContain("orders former governor detained in contracts case");
  });
});
