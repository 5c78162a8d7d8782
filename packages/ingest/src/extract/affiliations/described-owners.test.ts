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

// rules-159 (newsdev48): members of the one voting body, and a shared role
describe("members of a board counted in an appositive", () => {
  it.each([
    [
      "'one of the four members who voted no' beside the one board",
      "Books\n\nThe Castleford County School Board voted 5-4 on Tuesday.\n\nLorraine Whitaker, one of the four members who voted no, said the majority had erred.",
      ["Lorraine Whitaker — Castleford County School Board (member)"],
    ],
    [
      "'one of the two board members'",
      "Tolls\n\nThe board of the Tidewater Port Authority approved the increase.\n\nCarla Dunning, one of the two board members who voted no, said it was unfair.",
      ["Carla Dunning — Tidewater Port Authority (member)"],
    ],
    [
      "a co-chair",
      "Books\n\nThe Castleford Freedom to Read Coalition packed the meeting. The coalition's co-chair, Daniel Obi, said the board had erred.",
      ["Daniel Obi — Castleford Freedom to Read Coalition (co-chair)"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it("gives no body when the article names two", () => {
    expect(
      pairs(
        "Votes\n\nThe Elm County School Board and the Elm City Council met.\n\nAnn Ruiz, one of the four members who voted no, said it was unfair.",
      ),
    ).toEqual([]);
  });
});
