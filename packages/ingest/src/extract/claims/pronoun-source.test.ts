import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function first(text: string) {
  const c = extractDocument({ id: "t", text, origin: "t", format: "text" }).claims[0];
  if (!c) return null;
  return { text: c.text, speaker: c.speaker, anonymous: c.anonymous ?? false };
}

describe("unresolved pronoun sources", () => {
  it.each([
    [
      "'they' with no antecedent is an unnamed source",
      "The vote was close. They said the bill would cut taxes for most families.",
      { text: "the bill would cut taxes for most families", speaker: "They", anonymous: true },
    ],
    [
      "'I' is an unnamed source too",
      "Budgets are hard. I think we still have bases in Japan and in Germany.",
      { text: "we still have bases in Japan and in Germany", speaker: "I", anonymous: true },
    ],
    [
      "a resolved 'he' keeps the person",
      "Joe Devanny arrived late. He said the agreement was very deep indeed.",
      { text: "the agreement was very deep indeed", speaker: "Joe Devanny", anonymous: false },
    ],
    [
      "a described source keeps its description",
      "A senior official said the talks would resume in the spring.",
      { text: "the talks would resume in the spring", speaker: "senior official", anonymous: true },
    ],
  ])("%s", (_name, text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it("narration without a cue has no claim and so no speaker", () => {
    expect(first("They walked to the station and took the last train home.")).toBeNull();
  });
});
