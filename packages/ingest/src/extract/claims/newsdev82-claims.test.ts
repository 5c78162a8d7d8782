import { describe, expect, it } from "vitest";
import { claimsSaid } from "../extracted-views.js";

const HEAD = "Story\n\nMonday, April 4, 2016\n\n";

describe("claims newsdev82 read wrong (rules-194)", () => {
  it.each([
    ["a want", `${HEAD}Nebraska's governor wants the biggest property tax cut in state history.`],
    [
      "a request whose day stands between the one asked and the infinitive",
      `${HEAD}A northeastern Minnesota band of Ojibwe asked a state appeals court on Thursday to throw out a permit for the mine.`,
    ],
  ])("%s reports nothing", (_name, text) => {
    expect(claimsSaid(text)).toEqual([]);
  });

  it("an organization's noun opening the sentence before a plural is an unnamed group", () => {
    expect(claimsSaid(`${HEAD}The Farm Bureau disagrees. School boards say it would gut their classrooms.`)).toEqual([
      { text: "it would gut their classrooms", speaker: "School boards" },
    ]);
  });

  it("a relative clause on the description's organization is passed over to the person", () => {
    expect(
      claimsSaid(
        `${HEAD}Chen Wei-lun, a director of Taiwan's Fong Hsin Ocean Fishery, which has held Palauan licences since 2012, denied that any of its vessels had entered the sanctuary.`,
      ),
    ).toEqual([{ text: "any of its vessels had entered the sanctuary", speaker: "Chen Wei-lun" }]);
  });

  it("an organization's own relative clause keeps it the speaker", () => {
    expect(
      claimsSaid(
        `${HEAD}The National Mining Association, which represents coal producers, has long maintained that the agency's rules were written to push coal out of the market.`,
      ).map((c) => c.speaker),
    ).toEqual(["National Mining Association"]);
  });
});
