import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

const mentionsOf = (text: string, name: string) => {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  const e = g.entities.find((x) => x.name === name);
  return (e?.mentions ?? []).map((m) => text.slice(m.start, m.end));
};

describe("addIntroducedRoles: a role given in apposition names its person later", () => {
  it.each([
    [
      "the role before the name, then “the referee’s” and “The referee”",
      "Coach Héctor Quinteros said the referee, Fernando Echeverría, had made two mistakes. The federation said the referee’s report would be reviewed. The referee said he was sorry.",
      "Fernando Echeverría",
      ["Fernando Echeverría", "the referee", "The referee"],
    ],
    [
      "the role after the name",
      "Fernando Echeverría, the referee, was escorted off the pitch. Fans booed the referee for an hour.",
      "Fernando Echeverría",
      ["Fernando Echeverría", "the referee"],
    ],
    [
      "not a preposition's object before the name (“during the primaries, Trump”; entities-91)",
      "Donald Trump spoke. After savaging donors during the primaries, Trump is finding them reluctant. Robert Mercer gave money during the primaries.",
      "Donald Trump",
      ["Donald Trump", "Trump"],
    ],
    [
      "not before the introduction",
      "Fans booed the referee for an hour. Later the referee, Fernando Echeverría, left the stadium.",
      "Fernando Echeverría",
      ["Fernando Echeverría"],
    ],
    [
      "two people given one role: neither",
      "The driver, Tom Hale, was unhurt, and the driver, Ana Ruiz, was taken to hospital. Police said the driver had been speeding.",
      "Tom Hale",
      ["Tom Hale"],
    ],
  ])("%s", (_case, text, name, mentions) => {
    expect(mentionsOf(text, name)).toEqual(mentions);
  });
});
