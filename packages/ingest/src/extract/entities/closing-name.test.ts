import { describe, expect, it } from "vitest";
import { closingKeys } from "./closing-name.js";

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
