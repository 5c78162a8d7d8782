import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
  }));
}

describe("claims newsdev47 read wrong (rules-158)", () => {
  it.each([
    [
      "'according to its latest filing' after a description the name sets off",
      "Ad\n\nThe group, Peach State Accountability, has reserved $900,000 in airtime, according to its latest filing with the Federal Election Commission.",
      "The group, Peach State Accountability, has reserved",
      "Peach State Accountability",
    ],
    [
      "'according to its annual reports' after an opening phrase",
      "Chief\n\nThe Harlow Police Department hired Dan Ruiz in 2012. Under him, the department equipped every officer with a body camera, according to its annual reports.",
      "Under him, the department equipped",
      "Harlow Police Department",
    ],
    [
      "'said in a report released Wednesday' at a sentence's end",
      "Waits\n\nSchedulers kept unofficial paper lists, the Office of Inspector General said in a report released Wednesday.",
      "Schedulers kept unofficial paper lists",
      "Office of Inspector General",
    ],
    [
      "a quote after the named speaker's cue follows the name, not the appositive",
      "Waits\n\n“These were not isolated errors,” Dr. Lena Voss, the assistant inspector general who led the review, told NPR. “The lists were kept in a locked drawer.”",
      "The lists were kept",
      "Lena Voss",
    ],
    [
      "a lead's described group, the organization named later whose name holds its words",
      "Sites\n\nThe state board voted on Tuesday to reject three early-voting centers, and a voting-rights group said within hours that it would sue.\n\nThe board's chairman, Gil Ostrander, defended the vote.\n\nThe Delmarva Voting Rights Alliance, which has sued twice since 2008, sent a letter on Wednesday.",
      "it would sue",
      "Delmarva Voting Rights Alliance",
    ],
    [
      "a survey's maker after the dates it was conducted",
      "Poll\n\nA survey of 400 likely primary voters, conducted April 2-5 by Lakeside Research for the challenger's campaign, found that 44 percent backed the incumbent.",
      "44 percent backed",
      "Lakeside Research",
    ],
  ])("%s", (_name, text, opening, speaker) => {
    expect(claims(text).find((c) => c.text.startsWith(opening))?.speaker).toBe(speaker);
  });

  it.each([
    [
      "a wish after 'but' inside what was said",
      "Tea\n\nRajesh Borah, secretary of the planters' branch, said planters were not against higher pay but wanted it tied to productivity.",
      ["planters were not against higher pay but wanted it tied to productivity"],
    ],
    [
      "a fear after 'but' inside what was told",
      "Tea\n\nAn official in the labour department, who asked not to be named, told The Assam Tribune that the government had considered a larger rise but feared that smaller gardens would be unable to pay it.",
      ["the government had considered a larger rise but feared that smaller gardens would be unable to pay it"],
    ],
    [
      "'repeat' before a plural of people",
      "Water\n\nWatermasters can shut off headgates, and repeat violators face fines.",
      [],
    ],
  ])("%s", (_name, text, expected) => {
    expect(claims(text).map((c) => c.text)).toEqual(expected);
  });

  it("keeps a second verb of saying after 'and' as a report of its own", () => {
    expect(
      claims("Permit\n\nThe council denied that it had refused the permit and said it would appeal.").map(
        (c) => c.text,
      ),
    ).toEqual(["it had refused the permit", "it would appeal"]);
  });
});
