import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();
}

const HEAD = "Story\n\nFriday, March 11, 2016\n\n";

describe("names newsdev66 read wrong (entities-179)", () => {
  it.each([
    [
      "a state's chapter of an acronym's organization",
      `${HEAD}Terrence Mahler, president of the Ohio AFL-CIO, which has not endorsed either candidate, said after the debate that both had talked a good game.`,
      ["Organization Ohio AFL-CIO", "Person Terrence Mahler"],
    ],
    [
      "a state's acronym beside the state's full name",
      `${HEAD}The Ohio Environmental Protection Agency issued the permit. The Ohio EPA said the plant met every limit.`,
      ["Organization Ohio Environmental Protection Agency"],
    ],
    [
      "a county's office of records the tagger cut at 'Registrar'",
      `${HEAD}Measure L won 54 percent. A county elections official said fewer than 300 ballots remained to be counted.\n\nThe bond failed by 412 votes, according to updated results the San Joaquin County Registrar of Voters released Wednesday night.`,
      ["Organization San Joaquin County Registrar of Voters"],
    ],
    [
      "a department of two portfolios and its country",
      `${HEAD}Environment and Climate Change Canada said temperatures in the region would reach 38 degrees on Thursday.`,
      ["Organization Environment and Climate Change Canada"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it("two countries joined by 'and' stay two", () => {
    const names = entities(`${HEAD}Britain and Germany said the talks would resume.`);
    expect(names).toContain("Organization Germany");
    expect(names.filter((n) => n.includes(" and "))).toEqual([]);
  });
});
