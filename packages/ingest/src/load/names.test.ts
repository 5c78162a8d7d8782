import { describe, expect, it } from "vitest";
import { entityKey, isEvidenceForm } from "./names.js";

describe("entityKey", () => {
  it.each([
    ["President Donald J. Trump", "Person", "donald j trump"],
    ["Vice President Mike Pence", "Person", "mike pence"],
    ["President Trump", "Person", "trump"],
    ["President", "Person", "president"],
    ["General Electric", "Organization", "general electric"],
    ["U.S. Chamber of Commerce", "Organization", "us chamber of commerce"],
    ["Sen. Beto O’Rourke", "Person", "beto orourke"],
  ] as const)("%j (%s) → %j", (name, type, key) => expect(entityKey(name, type)).toBe(key));
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
