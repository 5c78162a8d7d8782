import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function people(text: string): string[] {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return g.entities
    .filter((e) => e.type === "Person")
    .map((e) => e.name)
    .sort();
}

describe("attachNameSuffixes", () => {
  it.each([
    ["Jr. before a comma (tokenized apart)", "Donald Trump Jr., the son, spoke on Monday.", ["Donald Trump Jr."]],
    ["Jr. before a space", "Donald Trump Jr. spoke on Monday.", ["Donald Trump Jr."]],
    ["a Roman numeral", "Vann R. Newkirk II, a writer, spoke on Monday.", ["Vann R. Newkirk II"]],
    [
      "the son is not the father",
      "Donald Trump Jr. spoke first. Then Donald Trump spoke.",
      ["Donald Trump", "Donald Trump Jr."],
    ],
    ["no suffix on a work's title", "The film Rocky II opened. Sylvester Stallone starred.", ["Sylvester Stallone"]],
    [
      "a particle inside the name, and the surname with its particle later",
      "He met Foreign Affairs Secretary Ramon dela Cruz Jr. on Monday.\n\nDela Cruz said the talks went well.",
      ["Ramon dela Cruz Jr."],
    ],
  ])("%s", (_name, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it("lets a tail attribution reach the comma after the suffix", () => {
    const text = "“We are proud of him,” Donald Trump Jr., the candidate’s son, said.";
    const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
    expect([g.claims[0]?.text, g.claims[0]?.speaker]).toEqual(["We are proud of him,", "Donald Trump Jr."]);
  });
});
