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

// entities-125 (read on gold/newsdev13)
describe("a Turkic patronymic after a name", () => {
  it.each([
    [
      "'uulu' after a full name and after the surname alone: one person",
      "The bill’s sponsor, deputy Aibek Ermek uulu, said the rate was too low. “The mountains are ours,” Ermek uulu said.",
      ["Aibek Ermek uulu"],
    ],
    [
      "'kyzy' of a daughter",
      "Gulnara Asan kyzy, an activist in Talas, said the royalty would do little.",
      ["Gulnara Asan kyzy"],
    ],
  ])("%s", (_what, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it("is no lower-case word after a name in general", () => {
    expect(people("Aibek Ermek uses the road every day, residents said.")).toEqual(["Aibek Ermek"]);
  });
});

describe("a company's legal form in lower case after its name", () => {
  it("is part of the company's name, and the cue's speaker reaches past it", () => {
    const g = extractDocument({
      id: "t",
      text: "Kafwala Copper Mines plc, the country’s third-largest producer, said in a statement to the Lusaka Securities Exchange (LuSE) that it would spend $1.2 billion over four years.",
      origin: "t",
      format: "text",
    });
    expect(g.entities.filter((e) => e.type === "Organization").map((e) => e.name)).toContain(
      "Kafwala Copper Mines plc",
    );
    expect(g.claims.map((c) => [c.speaker, c.text])).toEqual([
      ["Kafwala Copper Mines plc", "it would spend $1.2 billion over four years"],
    ]);
  });
});

// entities-127 (read on gold/newsdev15)
describe("names newsdev15 read wrong", () => {
  it("joins the Kalenjin 'arap' inside a name, and the surname alone later", () => {
    expect(
      people(
        "Dr Samuel Kiprono arap Langat said the charges were sound. Langat told reporters that officers had been pressured.",
      ),
    ).toEqual(["Samuel Kiprono arap Langat"]);
  });

  it.each([
    [
      "a resources company",
      "He helped Sri Bayu Resources Sdn Bhd obtain sand licences. Sri Bayu denied wrongdoing.",
      "Sri Bayu Resources Sdn Bhd",
      "Sri Bayu",
    ],
    [
      "an insurer",
      "About 9,400 Harbourline Insurance policyholders sued. Harbourline said it was pleased.",
      "Harbourline Insurance",
      "Harbourline",
    ],
  ])("calls %s by the words before its company word", (_what, text, name, alias) => {
    const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
    expect(g.entities.map((e) => [e.name, e.type, e.aliases])).toEqual([[name, "Organization", [alias]]]);
  });
});
