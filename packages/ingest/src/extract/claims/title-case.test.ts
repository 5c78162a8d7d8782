import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function graph(text: string) {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return { claims: g.claims.map((c) => [c.text, c.speaker, c.cue]), names: g.entities.map((e) => e.name).sort() };
}

describe("Title Case headlines with a speech verb ('Bernie Sanders Says …')", () => {
  it.each([
    [
      "a name, then 'Says'",
      "Bernie Sanders Says He Has Already Started Writing His Speech.\n\nThis is a preview.",
      [["He Has Already Started Writing His Speech", "Bernie Sanders", "Says"]],
      ["Bernie Sanders"],
    ],
    [
      "an organization, then 'Slams'",
      "Consumer Reports Slams Automakers Over Brake Recall Delays.\n\nText follows.",
      [["Automakers Over Brake Recall Delays", "Consumer Reports", "Slams"]],
      ["Consumer Reports"],
    ],
    [
      "a sentence in ordinary case keeps a capitalized verb out",
      "Says Who is a program that airs on the radio.",
      [],
      [],
    ],
  ])("%s", (_name, text, claims, names) => {
    expect(graph(text)).toEqual({ claims, names });
  });
});
