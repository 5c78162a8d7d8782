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
