import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";
import { countryOf } from "../lexicon/countries.js";
import { DATELINE_CITIES } from "../lexicon/dateline-cities.js";
import { datelineCountry, defaultOffice } from "./default-office.js";

describe("datelineCountry", () => {
  it.each([
    ["Protesters clash with police\n\nNAIROBI, Kenya — Police fired tear gas on Tuesday.", "Kenya"],
    ["BASEL, Switzerland (Reuters) — Novartis will cut jobs.", "Switzerland"],
    ["LIÈGE, Belgium — Belgian cyclist Mathis Delcourt has been suspended.", "Belgium"],
    // a state is no country; no dateline, no country
    ["AUSTIN, Texas — The governor signed the bill.", undefined],
    ["The governor signed the bill on Monday, officials said.", undefined],
    // a city that stands alone in a wire dateline (lexicon/dateline-cities.ts), 2026-12-06
    ["Peso slides\n\nBUENOS AIRES (Reuters) - Argentina’s central bank raised rates.", "Argentina"],
    ["KUALA LUMPUR (Reuters) - A tycoon pleaded not guilty.", "Malaysia"],
    ["ISLAMABAD: The regulator approved an increase.", "Pakistan"],
    ["MEXICO CITY (AP) — Gunmen killed a judge.", "Mexico"],
    // (not a city the list leaves out, nor a headline in capitals)
    ["BRUSSELS (Reuters) - EU ministers met.", undefined],
    ["BREAKING: The governor signed the bill.", undefined],
  ])("%s", (text, country) => {
    expect(datelineCountry(text)).toBe(country);
  });

  it("knows the country of every dateline city it lists, under the name the country lexicon gives it", () => {
    for (const country of new Set(DATELINE_CITIES.values())) expect(countryOf(country)?.country.name).toBe(country);
  });
});

describe("a title's default office abroad", () => {
  it("is no US chamber's seat in a story datelined in a city abroad ('the Senate' is the country's own)", () => {
    const g = extractDocument({
      id: "t",
      text: "BUENOS AIRES (Reuters) - Senator Graciela Irigoyen Basualdo of the opposition bloc in the Senate accused the minister of gambling with wages.",
      origin: "t",
      format: "text",
    });
    expect(g.affiliations.map((a) => `${a.person} — ${a.organization}`)).toEqual([
      "Graciela Irigoyen Basualdo — Senate",
    ]);
  });
});

describe("defaultOffice", () => {
  it.each([
    ["president", "Barack Obama", undefined, "United States"],
    ["president", "Obama", undefined, "United States"],
    ["president", "Franklin D. Roosevelt", undefined, "United States"],
    ["president", "Vladimir Putin", undefined, undefined],
    ["president", "William Ruto", "Kenya", "Kenya"],
    ["secretary of state", "Rex Tillerson", "Kenya", "United States"],
    // a senator in a story datelined abroad sits in that country's senate, not the United States'
    ["senator", "Rowena Dimaculangan", "Philippines", undefined],
    ["senator", "John Smith", undefined, "United States Senate"],
    ["senator", "John Smith", "United States", "United States Senate"],
    ["mayor", "Eric Adams", undefined, undefined],
  ])("%s %s (dateline %s)", (title, person, dateline, expected) => {
    expect(defaultOffice(title, person, dateline)).toBe(expected);
  });
});

describe("a bare 'President' in the extraction", () => {
  const affiliations = (text: string) =>
    extractDocument({ id: "t", text, origin: "t", format: "text" }).affiliations.map(
      (a) => `${a.person} — ${a.organization}`,
    );
  const entities = (text: string) =>
    extractDocument({ id: "t", text, origin: "t", format: "text" }).entities.map((e) => `${e.type}:${e.name}`);

  it.each([
    ["President Vladimir Putin said the talks were useful.", []],
    ["President Barack Obama said the talks were useful.", ["Barack Obama — United States"]],
    [
      "Tax protest\n\nNAIROBI, Kenya — President William Ruto defended the measures on Tuesday.",
      ["William Ruto — Kenya"],
    ],
  ])("%s", (text, expected) => {
    expect(affiliations(text)).toEqual(expected);
  });

  it("a dateline's city in capitals is no organization; its country is the story's (rules-152)", () => {
    const text =
      "Protesters clash with police in Nairobi over tax bill\n\nNAIROBI, Kenya — Police fired tear gas at thousands of protesters in Nairobi on Tuesday as lawmakers debated a finance bill.";
    expect(entities(text)).toEqual(["Organization:Kenya"]);
  });
});
