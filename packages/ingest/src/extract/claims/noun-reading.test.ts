import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

/** The verb-cued reports of a text: [cue, content]. */
function reports(text: string): [string | null | undefined, string][] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .claims.filter((c) => c.rule === "cue-clause" || c.rule === "cue-loose")
    .map((c) => [c.cue, c.text]);
}

describe("a cue followed by a finite verb is a noun, not a report (rules-91)", () => {
  it.each([
    [
      "his introductory remarks were",
      "His introductory remarks were so subdued that the joke making the rounds was odd.",
    ],
    ["the award show is", "In any regard, the award show is undoubtedly one of the best displays of talent this year."],
    ["her best showing is", "Her best showing is 10 percent in Vermont, home to the runner-up."],
    ["the latest dispute has", "The latest dispute has flared at a time when he is trying to seal his legacy."],
  ])("%s", (_, text) => {
    expect(reports(text)).toEqual([]);
  });
});

describe("an object-gap relative clause still reports (rules-91)", () => {
  it.each([
    [
      "opened by a relative word",
      "It is a trend that the foundation predicts will continue for the next few years.",
      [["predicts", "will continue for the next few years"]],
    ],
    [
      "right after its noun",
      "Local leaders backed the plan, a step they believe could help unify the party before the fall.",
      [["believe", "could help unify the party before the fall"]],
    ],
    [
      "a verb cue with its own clause",
      "The senator said the bill would pass before the end of the month.",
      [["said", "the bill would pass before the end of the month"]],
    ],
  ])("%s", (_, text, expected) => {
    expect(reports(text)).toEqual(expected);
  });
});
