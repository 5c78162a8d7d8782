import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => [c.text, c.speaker, c.cue]);
}

describe("a quotation credited by a dash: “…” — Name", () => {
  it.each([
    [
      "a horizontal bar in the same paragraph",
      "Readers wrote in.\n\n“We can build a wall around him.” ― Steve Quinlan\n\n“He is a bully.” ― Veronica Cruz",
      [
        ["We can build a wall around him.", "Steve Quinlan", "―"],
        ["He is a bully.", "Veronica Cruz", "―"],
      ],
    ],
    [
      "a hyphen opening the next paragraph, a full stop after the name",
      'The senator repeated his line.\n\n"The wealth is going to the top 1 percent."\n\n- Bernie Sanders.\n\nHe has said it before.',
      [["The wealth is going to the top 1 percent.", "Bernie Sanders", "-"]],
    ],
    [
      "a title and a place after the name",
      'Voters answered.\n\n"It needs to stop."\n\n-Michelle Marks, Philadelphia.',
      [["It needs to stop.", "Michelle Marks", "-"]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    ["a news agency's credit line", 'He called him "my African American friend at the rally."\n\n- Reuters.'],
    ["words between the quotation and the dash", "“We will win the whole thing,” he wrote later — Steve Quinlan"],
    ["a dash that opens an aside, not a name", "“We will win the whole thing.” — and then the crowd left."],
    ["a name that runs on into a sentence", "“We will win the whole thing.” — Steve Quinlan left the hall."],
  ])("no credit: %s", (_name, text) => {
    expect(claims(text).filter((c) => c[2] === "―" || c[2] === "—" || c[2] === "-")).toEqual([]);
  });
});
