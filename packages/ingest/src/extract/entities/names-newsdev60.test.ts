import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();
}

const HEAD = "Story\n\nFriday, March 11, 2016\n\n";

describe("names newsdev60 read wrong (entities-173)", () => {
  it.each([
    [
      "a tribunal's name",
      `${HEAD}The Constitutional Tribunal ruled on Wednesday that the law was void.`,
      ["Organization Constitutional Tribunal"],
    ],
    [
      "a plural's apostrophe inside a name after a head's 'for'",
      `${HEAD}The Association for Parents' Freedom of Choice said the plan was unsafe.`,
      ["Organization Association for Parents' Freedom of Choice"],
    ],
    [
      "a head's 'for' after a plural's apostrophe",
      `${HEAD}The Kotohama Residents' Network for Safe Energy said the plan was unsafe.`,
      ["Organization Kotohama Residents' Network for Safe Energy"],
    ],
    [
      "'the pollster' before a firm's acronym",
      `${HEAD}A survey by the pollster IBRiS found that most voters agreed.`,
      ["Organization IBRiS"],
    ],
    [
      "a public television's name in its own language",
      `${HEAD}Telewizja Polska said the ruling was a victory for viewers.`,
      ["Organization Telewizja Polska"],
    ],
    [
      "'New' opening a paper's name where the article writes 'new' in lower case too",
      `${HEAD}The ministry released new figures. New Vision, the state-owned daily, reported on Friday that the ministry expected to release more money.`,
      ["Organization New Vision"],
    ],
    [
      "a state's agency and its acronym after the state's name",
      `${HEAD}The Ohio Environmental Protection Agency opened a review. The Ohio EPA said in a statement Tuesday that the utility was out of compliance.`,
      ["Organization Ohio Environmental Protection Agency"],
    ],
    [
      "an acronym with a small letter in brackets after its name",
      `${HEAD}The law moved powers from the National Broadcasting Council (KRRiT) to a new council. KRRiT said it would appeal.`,
      ["Organization National Broadcasting Council"],
    ],
    [
      "a newspaper's last word",
      `${HEAD}Pruett told the Montgomery Advertiser last week that he had never once mixed business with politics.`,
      ["Organization Montgomery Advertiser", "Person Pruett"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it("'Republican pollster X' stays a person", () => {
    const text = `${HEAD}Republican pollster Whit Ayres said most voters agreed.`;
    expect(entities(text)).toContain("Person Whit Ayres");
  });
});
