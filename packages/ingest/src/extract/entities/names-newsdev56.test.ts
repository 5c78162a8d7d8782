import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.filter((e) => e.kind !== "country")
    .map((e) => `${e.type} ${e.name}`)
    .sort();
}

function kinds(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.filter((e) => e.type === "Organization")
    .map((e) => `${e.name}: ${e.kind}`);
}

const HEAD = "Story\n\nMonday, May 4, 2026\n\n";

describe("names newsdev56 read wrong (entities-168)", () => {
  it.each([
    [
      "a legal form's period that ends the sentence",
      `${HEAD}Aides held talks with two utilities, including Atlanta-based Southland Energy Corp. Benning spokesman Cole Hadley denied that any buyer had been chosen.`,
      ["Organization Southland Energy Corp.", "Person Cole Hadley"],
    ],
    [
      "'The Veterans of Foreign Wars'",
      `${HEAD}The Veterans of Foreign Wars said in written testimony that veterans now wait three years.`,
      ["Organization Veterans of Foreign Wars"],
    ],
    [
      "a city's name before an office's noun",
      `${HEAD}The report found that staff in the department’s Oakland office had marked 3,000 claims as complete.`,
      [],
    ],
    ["'Police' opening a sentence", `${HEAD}Police in Lagos fired tear gas at several hundred protesters.`, []],
    [
      "a treaty's name opened by a first name",
      `${HEAD}The Cree asked for an injunction, saying the dam breaches the James Bay and Northern Quebec Agreement of 1975.`,
      [],
    ],
    [
      "'X, the world’s largest offshore wind developer,'",
      `${HEAD}Ørsted, the world’s largest offshore wind developer, said it had decided not to take part.`,
      ["Organization Ørsted"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it("a congress of unions is a union, not a legislature", () => {
    expect(kinds(`${HEAD}The Nigeria Labour Congress said workers would strike on Monday.`)).toEqual([
      "Nigeria Labour Congress: union",
    ]);
  });
});
