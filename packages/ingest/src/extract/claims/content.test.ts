import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

/** The content of each claim, attribution unit. */
function contents(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }, { claimUnit: "attribution" }).claims.map(
    (c) => c.text,
  );
}

describe("where a report's content ends", () => {
  it.each([
    [
      "a comma inside the closing quote, then 'but' and a new clause",
      'Reid said both Rubio and Cruz are "non-entities in the Senate," but he gave the Texan a back-handed compliment.',
      'both Rubio and Cruz are "non-entities in the Senate,"',
    ],
    [
      "', but' outside quotes",
      "Reid said both Rubio and Cruz are weak, but he gave the Texan a back-handed compliment.",
      "both Rubio and Cruz are weak",
    ],
    [
      "', despite' and the writer's framing",
      "Sanders said both Obama and Biden have been fair to him, despite some recent suggestions by the Clinton campaign.",
      "both Obama and Biden have been fair to him",
    ],
    [
      "a quote that ends the content without a clause after it runs on",
      'Reid said both Rubio and Cruz are "non-entities in the Senate," a view shared by many.',
      'both Rubio and Cruz are "non-entities in the Senate," a view shared by many',
    ],
  ])("%s", (_name, text, content) => {
    expect(contents(text)).toContain(content);
  });
});

describe("what stands between a cue and its content", () => {
  it.each([
    [
      "a long listener before 'that'",
      "Ben Carson told a crowded banquet hall at a hotel in downtown Baltimore that he is not giving up.",
      "he is not giving up",
    ],
    [
      "an aside between dashes",
      "His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump raised about $4 million that day.",
      "Trump raised about $4 million that day",
    ],
    [
      "a semicolon after the cue: the content is before it",
      "Candidates need about 40 percent of the Hispanic vote, political analysts say; in 2012, Mitt Romney won 27 percent.",
      "Candidates need about 40 percent of the Hispanic vote",
    ],
    [
      "a programme's title after the cue: the content is before it",
      "Chris Shays was pro John Kasich while the Ohio governor was running, he said Wednesday on MSNBC’s “Morning Joe.”",
      "Chris Shays was pro John Kasich while the Ohio governor was running",
    ],
    [
      "a programme's title before a report: the report is after the cue",
      "In an interview on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said Hillary Clinton’s judgment is in question.",
      "Hillary Clinton’s judgment is in question",
    ],
  ])("%s", (_name, text, content) => {
    expect(contents(text)).toEqual([content]);
  });
});

describe("a reflexive object", () => {
  it("'called himself pro-choice': the content starts at the reflexive", () => {
    const found = contents("In the past, Trump called himself pro-choice, stances that he has since disavowed.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^himself pro-choice/);
  });
});

describe("cues in another sense", () => {
  it("'added to his portfolio' adds things, not words", () => {
    const text =
      "The developer is Donald J. Trump, who in 2012 added to his portfolio of 14 courses by purchasing two more in Florida.";
    expect(contents(text)).toEqual([]);
  });
});

describe("discourse markers are no reports", () => {
  it.each([
    [
      "'Having said that,' and a closing bracket the content did not open",
      "(Having said that, there are some economists who argue that corporate taxes should be very little or nothing at all.)",
      ["corporate taxes should be very little or nothing at all"],
    ],
    ["'That said,'", "That said, a loss to Mr. Sanders in this state would hurt her badly.", []],
  ])("%s", (_name, text, expected) => {
    expect(contents(text)).toEqual(expected);
  });
});

describe("an appositive inside the content, by claim unit", () => {
  const text = "The investigators said the ferry's captain, Ilias Papadakis, had ignored the warnings.";
  it.each([
    // the quotation unit: the clause the appositive interrupts runs on to its verb
    ["quotation", "the ferry's captain, Ilias Papadakis, had ignored the warnings"],
    // PolNeAR's attribution unit: "had ignored" starts a nested report, which ends the outer content
    ["attribution", "the ferry's captain, Ilias Papadakis"],
  ] as const)("%s unit", (claimUnit, expected) => {
    const claims = extractDocument({ id: "t", text, origin: "t", format: "text" }, { claimUnit }).claims;
    expect(claims[0]?.text).toBe(expected);
  });
});
