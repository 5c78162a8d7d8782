import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function pairs(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .affiliations.map((a) => `${a.person} — ${a.organization} (${a.role ?? ""})`)
    .sort();
}

// rules-158 (newsdev47): roles of organizations described by "the" and a noun, with a modifier or after "for"
describe("roles of a described organization", () => {
  it.each([
    [
      "'the state board's chairman' beside a county's board",
      "Sites\n\nThe Delaware State Board of Elections rejected a request from the Kent County Board of Elections.\n\nThe state board's chairman, Gil Ostrander, said the county board had filed late.",
      ["Gil Ostrander — Delaware State Board of Elections (chairman)"],
    ],
    [
      "'A spokeswoman for the state board' set off before the name",
      "Sites\n\nThe Delaware State Board of Elections rejected a request from the Kent County Board of Elections.\n\nA spokeswoman for the state board, Tanya Lind, rejected the suggestion.",
      ["Tanya Lind — Delaware State Board of Elections (spokeswoman)"],
    ],
    [
      "'The medical center's director'",
      "Waits\n\nSchedulers at the Bayou VA Medical Center kept paper lists.\n\nThe medical center's director, Kenneth Alcott, denied it.",
      ["Kenneth Alcott — Bayou VA Medical Center (director)"],
    ],
    [
      "a county's possessive in AP's party notation",
      "Bill\n\nDemocrats hold majorities in the General Assembly.\n\nDel. Marisol Vega, D-Queen Anne's, said she would introduce a bill.",
      ["Marisol Vega — Democratic Party (member)"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it("leaves a description two organizations' names hold to neither", () => {
    expect(
      pairs(
        "Sites\n\nThe Delaware State Board of Elections met the Ohio State Board of Elections.\n\nThe state board's chairman, Gil Ostrander, said no.",
      ),
    ).toEqual([]);
  });
});
