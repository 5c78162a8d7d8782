import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMPANY_NAMES_FILE, companyNames, companyNamesSource, generatedCompanyNames } from "./company-list.js";

describe("companyNames: one-word company names worth reading alone", () => {
  const english = new Set(["family", "tobacco", "carnival"]);
  const people = new Set(["Ford", "Roche"]);
  it.each([
    ["Novartis", true],
    ["Unilever", true],
    // English words, people's names, first names
    ["Family", false],
    ["Tobacco", false],
    ["Ford", false],
    ["Roche", false],
    ["James", false],
    // countries, nationalities, places the lexicons know; fragments of longer names
    ["Indonesia", false],
    ["Brazilian", false],
    ["Beijing", false],
    ["Zurich", false],
    ["Kaisha", false],
    ["Icahn", false],
    // tickers and acronyms
    ["NVDA", false],
    ["COST", false],
  ])("%s → %s", (name, kept) => {
    expect(companyNames([name], english, people)).toEqual(kept ? [name] : []);
  });

  it("sorts and drops repeats", () => {
    expect(companyNames(["Unilever", "Novartis", "Unilever"], new Set(), new Set())).toEqual(["Novartis", "Unilever"]);
  });
});

describe("lexicon/company-names.ts", () => {
  it("is what pnpm generate:companies writes from the installed packages", async () => {
    expect(readFileSync(COMPANY_NAMES_FILE, "utf8")).toBe(companyNamesSource(await generatedCompanyNames()));
  });
});
