import { describe, expect, it } from "vitest";
import { claimsSaid } from "../extracted-views.js";

const HEAD = "Story\n\nMonday, April 4, 2016\n\n";

describe("claims newsdev87 read wrong (rules-199)", () => {
  it("a document filed with an office by a group speaks for the group", () => {
    expect(
      claimsSaid(
        `${HEAD}The petition, filed with the Maple County Clerk's Office by the group Yes for Maple Ridge Schools, says poll workers ran out of ballots.`,
      ),
    ).toEqual([{ text: "poll workers ran out of ballots", speaker: "Yes for Maple Ridge Schools" }]);
  });

  it("a participle's clause after a memo obtained by an outlet is the subject's", () => {
    const said = claimsSaid(
      `${HEAD}The largest trade group is pressing members to reject an amendment, warning in a memo obtained by The Hill that the change could cost jobs.`,
    );
    expect(said.find((c) => c.text === "the change could cost jobs")?.speaker).toBe("largest trade group");
  });

  it.each([
    [
      "a named speaker's tail attribution inside an 'according to' sentence",
      `${HEAD}The government will pay growers an advance, John Okoro said on Sunday, according to Reuters.`,
    ],
    [
      "an appositive speaker after a clause with its auxiliary, and a time",
      `${HEAD}The government will pay growers an advance, John Okoro, the minister for sugar, said on Sunday.`,
    ],
    [
      "both",
      `${HEAD}The government will pay growers an advance, John Okoro, the minister for sugar, said on Sunday, according to the news website Fijivillage.`,
    ],
  ])("%s", (_name, text) => {
    expect(claimsSaid(text)).toEqual([{ text: "The government will pay growers an advance", speaker: "John Okoro" }]);
  });

  it("a four-word quotation opening its own sentence after the attribution is a statement, no title", () => {
    expect(
      claimsSaid(
        `${HEAD}“Mongolia sells the world its finest fibre,” Luvsandorj Oyunchimeg told reporters after the vote. “That has to end.”`,
      ),
    ).toEqual([
      { text: "Mongolia sells the world its finest fibre,", speaker: "Luvsandorj Oyunchimeg" },
      { text: "That has to end.", speaker: "Luvsandorj Oyunchimeg" },
    ]);
  });

  it("guard: a title in quotation marks opening a sentence, with no stop inside, stays no claim", () => {
    expect(claimsSaid(`${HEAD}“The Art of the Deal” sold a million copies in its first year.`)).toEqual([]);
  });

  it("a coordinated 'added' with a bare plural adds things, no words", () => {
    expect(
      claimsSaid(`${HEAD}The referendum would have replaced the middle school and added classrooms at two schools.`),
    ).toEqual([]);
  });
});
