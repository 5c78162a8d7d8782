import { describe, expect, it } from "vitest";
import { isEvidenceForm, nameKey, normalizeName } from "./names.js";

describe("normalizeName", () => {
  it.each([
    ["The Washington Post's", "washington post"],
    ["U.S.", "u s"],
    ["Britain’s Royal United Services Institute", "britain royal united services institute"],
    ["  José  Núñez ", "jose nunez"],
  ])("%j → %j", (name, key) => expect(normalizeName(name)).toBe(key));
});

describe("nameKey", () => {
  it.each([
    ["President Donald J. Trump", "Person", "donald j trump"],
    ["Vice President Mike Pence", "Person", "mike pence"],
    ["President Trump", "Person", "trump"],
    ["President", "Person", "president"],
    ["General Electric", "Organization", "general electric"],
  ] as const)("%j (%s) → %j", (name, type, key) => expect(nameKey(name, type)).toBe(key));
});

describe("isEvidenceForm", () => {
  it.each([
    ["Donald Trump", "Person", true],
    ["Trump", "Person", false],
    ["President Trump", "Person", false],
    ["the president", "Person", false],
    ["AP", "Organization", true],
    ["the Post", "Organization", true],
    ["the company", "Organization", false],
    ["...", "Organization", false],
  ] as const)("%j as a %s: %s", (form, type, expected) => expect(isEvidenceForm(form, type)).toBe(expected));
});
