import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

const contents = (text: string) =>
  extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => c.text);

describe("a listener 'told' names by one word is no part of what was told", () => {
  it.each([
    ["Kishida told lawmakers the budget would pass.", "the budget would pass"],
    ["Kishida told parliament the budget would pass.", "the budget would pass"],
    ["Mr Sunak told MPs the plan would work.", "the plan would work"],
    ["The chief executive told investors on a call that sales had doubled.", "sales had doubled"],
  ])("%s", (text, content) => {
    expect(contents(text)).toEqual([content]);
  });
});

describe("a listener with its acronym in brackets", () => {
  it("told the Australian Broadcasting Corporation (ABC) the discovery …", () => {
    expect(
      contents(
        "Dr Jodi Rowley told the Australian Broadcasting Corporation (ABC) the discovery showed that frogs were rare.",
      ),
    ).toEqual(["the discovery showed that frogs were rare"]);
  });
});

// rules-119 (via.ts `afterMediumNoun`, read on gold/newsdev8)
describe("a medium told, after the noun that describes it", () => {
  it.each([
    [
      "Gustavo Menezes Lacerda, a lawyer for the owner, told the newspaper Folha de S.Paulo that his client had never hired anyone.",
      "his client had never hired anyone",
      "Folha de S.Paulo",
    ],
    [
      "Roads to four coastal towns remain cut by landslides, spokesperson Mariel Castañeda-Ramos told radio station DZRH.",
      "Roads to four coastal towns remain cut by landslides",
      undefined,
    ],
    // (an aside after the medium keeps the content after "that")
    [
      "A police officer who was at the blockade told the newspaper La República, on condition of anonymity, that some members of his unit had been issued live rounds.",
      "the newspaper La República, on condition of anonymity, that some members of his unit had been issued live rounds",
      undefined,
    ],
  ])("%s", (text, content, via) => {
    const claims = extractDocument({ id: "t", text, origin: "t", format: "text" }).claims;
    expect(claims.map((c) => c.text)).toEqual([content]);
    if (via) expect(claims[0]?.via).toBe(via);
  });
});
