import { describe, expect, it } from "vitest";
import { closingKeys, headKey, openingKey } from "./closing-name.js";

describe("closingKeys", () => {
  it.each([
    [
      "a club's name after its generic words, and its first word",
      "Club Atlético Almagro Norte",
      ["almagro norte", "almagro"],
    ],
    ["one word after them", "Real Sociedad", ["sociedad"]],
    ["several generic words", "Racing Club Avellaneda", ["avellaneda"]],
    ["no generic word in front: the name is its own", "Lanternfish Games", []],
    ["a rest of more than two words", "Club Deportivo San Martín de Tucumán", []],
    ["a lowercase word in the rest", "University of Portsmouth", []],
    ["a country never stands for the organization", "Club Argentina Norte", ["argentina norte"]],
  ])("%s: %s", (_case, name, keys) => {
    expect(closingKeys(name)).toEqual(keys);
  });
});

describe("openingKey", () => {
  it.each([
    ["a company word ends the name", "Golden Harbour Holdings", "golden harbour"],
    ["a legal form and a company word", "Qingfeng Motors Ltd.", "qingfeng"],
    ["no company word at the end", "Houston Chronicle", undefined],
    ["what is left is generic", "National Holdings", undefined],
    ["what is left is a country", "Kenya Airways", undefined],
    ["what is left is longer than two words", "Big Blue Ocean Holdings", undefined],
  ])("%s: %s", (_case, name, key) => {
    expect(openingKey(name)).toBe(key);
  });
});

describe("headKey", () => {
  it.each([
    ["a head and “de”", "Unión de Paraná", "union"],
    ["a head and “of”", "University of Jordan", "university"],
    ["no head word first", "Friends of Eastfield Library", undefined],
    ["no “of” after the head", "Union Cycliste Internationale", undefined],
    ["two words only", "Club Atlético", undefined],
  ])("%s: %s", (_case, name, key) => {
    expect(headKey(name)).toBe(key);
  });
});
