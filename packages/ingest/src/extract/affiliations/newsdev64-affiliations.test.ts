import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function affiliations(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .affiliations.map((a) => `${a.person} -> ${a.organization}`)
    .sort();
}

const HEAD = "Story\n\nFriday, March 11, 2016\n\n";

describe("affiliations newsdev64 read wrong (rules-176)", () => {
  it.each([
    [
      "'its' mid-sentence after the organization the sentence opens with",
      `${HEAD}The group filed a complaint with the Georgia Government Transparency and Campaign Finance Commission. A Senate Insurance and Labor Committee hearing is set for May.\n\nThe commission has 30 days to decide whether to open an investigation, its executive secretary, Marcus Dell, told reporters.`,
      ["Marcus Dell -> Georgia Government Transparency and Campaign Finance Commission"],
    ],
    [
      "a clinic's role by its noun's possessive",
      `${HEAD}The judge granted an injunction sought by the Tulsa Women’s Clinic.\n\nThe clinic’s medical director, Dr. Ruth Abernathy, told The Oklahoman that two patients had canceled appointments.`,
      ["Ruth Abernathy -> Tulsa Women’s Clinic"],
    ],
    [
      "a relative clause of 'was' and a role at an organization",
      `${HEAD}Ashworth, who was provost at the University of Toledo before coming to the college in 2011, was paid $389,000 a year.`,
      ["Ashworth -> University of Toledo"],
    ],
    [
      "a deputy's post by the possessive",
      `${HEAD}The Pentagon said the program was on track. The senators questioned Richard Szabo, the Pentagon's principal deputy for acquisition, for three hours.`,
      ["Richard Szabo -> Pentagon"],
    ],
    [
      "a state department's name makes a bare attorney general the state's",
      `${HEAD}The rules were issued by the Oklahoma State Department of Health. Attorney General Nathan Pruett said in a statement that his office would appeal the ruling.`,
      [],
    ],
    [
      "a minister of a portfolio no named ministry holds is the one country's",
      `${HEAD}New Zealand’s Parliament passed the bill. The Ministry for Primary Industries will set the limits.\n\nFisheries Minister Tama Hoskins told reporters that the old process was too slow.`,
      ["Tama Hoskins -> New Zealand"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(affiliations(text)).toEqual(expected);
  });

  it("a relative clause that names no role gives no affiliation", () => {
    expect(
      affiliations(
        `${HEAD}Ashworth, who was the first man to lead the University of Toledo, was paid $389,000 a year.`,
      ),
    ).toEqual([]);
  });
});
