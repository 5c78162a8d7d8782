import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();
}

const HEAD = "Story\n\nFriday, March 11, 2016\n\n";

describe("names newsdev67 read wrong (entities-180)", () => {
  it.each([
    [
      "'Save Our' opening a campaign's name",
      `${HEAD}Save Our Heritage Ashford said it would ask a state judge to block the renaming.`,
      ["Organization Save Our Heritage Ashford"],
    ],
    [
      "a plural's possessive and a cooperative after a place's name",
      `${HEAD}The Wakasa Bay Fishermen’s Cooperative said warm water discharged by the plant had reduced catches.`,
      ["Organization Wakasa Bay Fishermen’s Cooperative"],
    ],
    [
      "a company's name whose first word opens the sentence",
      `${HEAD}The regulator sued the supermarket chain Harvest Lane. Harvest Lane's chief executive, David Okafor, told reporters that the company had cooperated.`,
      ["Organization Harvest Lane", "Person David Okafor"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});
