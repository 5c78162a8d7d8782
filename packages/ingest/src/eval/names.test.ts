import { describe, expect, it } from "vitest";
import { isSingleWord, nameKey, surnameKey } from "./names.js";

describe("nameKey", () => {
  it.each([
    ["The Washington Post", "washington post"],
    ["the White House", "white house"],
    ["U.S.", "us"],
    ["H.R. McMaster", "hr mcmaster"],
    ["Britain’s Royal United Services Institute", "britain royal united services institute"],
    ["Trump's", "trump"],
    ["Islamic State group", "islamic state group"],
    ["  Al-Qaeda  ", "al qaeda"],
    ["Theresa May", "theresa may"],
    ["...", ""],
  ])("%j → %j", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe("surnameKey", () => {
  it.each([
    ["Donald Trump", "trump"],
    ["Martin Luther King Jr.", "king"],
    ["H.R. McMaster", "mcmaster"],
    ["Trump", undefined],
    ["", undefined],
  ])("%j → %j", (name, surname) => {
    expect(surnameKey(name)).toBe(surname);
  });
});

describe("isSingleWord", () => {
  it.each([
    ["trump", true],
    ["donald trump", false],
    ["", false],
  ])("%j → %j", (key, single) => {
    expect(isSingleWord(key)).toBe(single);
  });
});
