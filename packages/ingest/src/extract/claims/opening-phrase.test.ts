import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }, { claimUnit: "attribution" }).claims.map(
    (c) => [
      c.text,
      c.speaker_start != null && c.speaker_end != null ? text.slice(c.speaker_start, c.speaker_end) : null,
    ],
  );
}

describe("a cue inside a participial phrase opening the sentence: the main clause's subject is the source", () => {
  it.each([
    [
      "'Having announced that …, Judge Berman': content stops at the phrase's comma",
      "Having announced that he would not send me to prison, Judge Berman proceeded to hand down his sentence.",
      [["he would not send me to prison", "Judge Berman"]],
    ],
    [
      "an organization and a title before the person",
      "Looking to correct some missteps the party made in 2012, RNC Chairman Reince Priebus has authorized a staffing increase.",
      [["some missteps the party made in 2012", "Chairman Reince Priebus"]],
    ],
    [
      "a pronoun after the phrase",
      "Having argued that the tariff would hurt farmers, she voted against the bill on Monday.",
      [["the tariff would hurt farmers", "she"]],
    ],
  ])("%s", (_name, text, expected) => {
    for (const claim of expected) expect(claims(text)).toContainEqual(claim);
  });

  it.each([
    // the cue is after the phrase: the phrase is skipped as before
    ["Speaking at a town hall in Salem, Trump said that the wall would be built.", "Trump"],
    // "Following …" opens a prepositional phrase: its participle has its own subject
    [
      "Following a video from the group threatening an attack on the city, the mayor said that schools stay open.",
      "the mayor",
    ],
  ])("%s", (text, speaker) => {
    expect(claims(text).map((c) => c[1])).toContain(speaker);
  });
});

describe("an -ing form opening a sentence is not a speaker's name by its capital alone", () => {
  it("'Getting the news media to pump out …' has no speaker 'Getting'", () => {
    const speakers = claims("Getting the news media to pump out bad information on Trump was easy.").map((c) => c[1]);
    expect(speakers).not.toContain("Getting");
  });

  it("a name opening a sentence still speaks", () => {
    expect(claims("Trumka was speechifying. Trumka warned that the deal would cost jobs.")).toContainEqual([
      "the deal would cost jobs",
      "Trumka",
    ]);
  });
});
