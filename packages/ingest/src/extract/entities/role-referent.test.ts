import { describe, expect, it } from "vitest";
import { analyzeText, extractDocument } from "../extract-document.js";
import { roleReferent } from "./role-referent.js";

/** The person the description `phrase` (its first occurrence after `after`) stands for in `text`. */
function referent(text: string, phrase: string, after = 0) {
  const doc = analyzeText(text, null);
  const start = text.indexOf(phrase, after);
  const end = start + phrase.length;
  const first = doc.tokens.findIndex((t) => t.start === start);
  const last = doc.tokens.findIndex((t) => t.end === end);
  return roleReferent(doc, first, last)?.name ?? null;
}

describe("the person a description stands for", () => {
  it.each([
    [
      "the holder of the title, even with another person named since",
      "President Barack Obama spoke on Monday. Later Ted Cruz answered. The president said the plan works.",
      "The president",
      "Barack Obama",
    ],
    [
      "a longer title, whole",
      "Secretary of State Hillary Clinton met Ted Cruz. The former secretary of state said talks went well.",
      "The former secretary of state",
      "Hillary Clinton",
    ],
    [
      "a description with only one person named before it",
      "Donald Trump spoke in Iowa on Monday. The crowd cheered. The mogul said the plan works.",
      "The mogul",
      "Donald Trump",
    ],
    [
      "two people named before it, neither opening the sentence: unclear",
      "In Iowa on Monday the crowd saw Donald Trump meet Ted Cruz. The mogul said the plan works.",
      "The mogul",
      null,
    ],
    [
      "two people named before it: the subject of the sentence before, which it continues",
      "Marco Rubio says the race is between himself, Donald Trump and Ted Cruz. The Florida senator is predicting a win.",
      "The Florida senator",
      "Marco Rubio",
    ],
    [
      "the subject after a few words of description",
      "Former Democratic candidate Bernie Sanders said he agrees with Ginsburg. The Vermont senator declined to say more about Trump.",
      "The Vermont senator",
      "Bernie Sanders",
    ],
    [
      "not a name inside a quotation",
      "Chris Murphy spoke on Monday. “Neil Heslin dropped his son off at school,” Murphy told me. The senator paused.",
      "The senator",
      null,
    ],
    [
      "not a description that goes on to name its own referent",
      "Paul Manafort met Ina Kirsch on Monday. Manafort said he worked with Kirsch. The director of the centre, Ina Kirsch, told the AP so.",
      "The director",
      null,
    ],
    [
      "not a description joined to another",
      "Mitch McConnell spoke with Donald Trump. The Kentucky Republican and the New York businessman discussed the race.",
      "The Kentucky Republican",
      null,
    ],
    [
      "the title's last word alone is no title",
      "Secretary of State Hillary Clinton spoke. The state said the plan works.",
      "The state",
      null,
    ],
    [
      "an indefinite description stands for nobody",
      "Donald Trump spoke in Iowa on Monday. A businessman said the plan works.",
      "A businessman",
      null,
    ],
  ])("%s", (_name, text, phrase, expected) => {
    expect(referent(text, phrase)).toBe(expected);
  });
});

describe("a claim whose source is a description or a pronoun", () => {
  it.each([
    [
      "a description: the person it stands for, the span as written",
      "Donald Trump spoke in Iowa on Monday. The crowd cheered. The mogul said the plan works.",
      { speaker: "Donald Trump", span: "The mogul" },
    ],
    [
      "a pronoun: the subject of the sentence before",
      "Ted Cruz attacked Marco Rubio on Tuesday. He said the plan was wrong.",
      { speaker: "Ted Cruz", span: "He" },
    ],
  ])("%s", (_name, text, expected) => {
    const claim = extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.at(-1);
    expect({ speaker: claim?.speaker, span: text.slice(claim?.speaker_start ?? 0, claim?.speaker_end ?? 0) }).toEqual(
      expected,
    );
  });
});
