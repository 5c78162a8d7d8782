import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();
}

const HEAD = "Story\n\nFriday, March 11, 2016\n\n";

describe("names newsdev64 read wrong (entities-177)", () => {
  it.each([
    [
      "a group named by a plural of people and its cause, with no article",
      `${HEAD}The group, Georgians for Fair Insurance, said in a complaint that the rate rise was unjustified.`,
      ["Organization Georgians for Fair Insurance"],
    ],
    [
      "a body for a cause whose name ends in its country",
      `${HEAD}The Consortium for Democratic Elections in Ethiopia, an alliance of 32 civic groups, said the delay was understandable.`,
      ["Organization Consortium for Democratic Elections in Ethiopia"],
    ],
    [
      "an irregular plural's possessive inside a clinic's name the tagger read as a place",
      `${HEAD}The judge granted an injunction sought by the Tulsa Women’s Clinic, the state’s largest abortion provider.`,
      ["Organization Tulsa Women’s Clinic"],
    ],
    [
      "the Māori article opening a trust's name",
      `${HEAD}Te Ohu Kaimoana, the trust that holds and manages Māori fishing assets, said the bill breached the treaty.`,
      ["Organization Te Ohu Kaimoana"],
    ],
    [
      "the Māori article inside a person's name",
      `${HEAD}Aroha Te Whata, who chairs the fisheries committee, told reporters that fishers were not opposed to lower catches.`,
      ["Person Aroha Te Whata"],
    ],
    [
      "'New' opening a headline before a country's name and its parliament",
      "New Zealand Parliament passes fishing bill\n\nFriday, August 21, 2026\n\nThe bill passed its third reading on Thursday.",
      ["Organization New Zealand Parliament"],
    ],
    [
      "an industry's body before its country's name",
      `${HEAD}Seafood New Zealand, which represents the commercial fishing industry, said in a statement that quota owners would have no right of appeal.`,
      ["Organization Seafood New Zealand"],
    ],
    [
      "a state's legislature by its capitalised noun alone",
      `${HEAD}Republicans, who hold large majorities in both chambers of the Legislature, passed the law. Its sponsor, State Sen. Carl Voight, said the judge had erred.`,
      ["Organization Legislature", "Organization Republican Party", "Person Carl Voight"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it("a plural before 'for' that names no people leaves the cause's name alone", () => {
    expect(entities(`${HEAD}Thanks for Reuters Foundation support, the group said it would expand.`)).not.toContain(
      "Organization Thanks for Reuters Foundation",
    );
  });
});
