import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.map((e) => `${e.type} ${e.name} ×${e.mentions?.length ?? 0}`)
    .sort();
}

const HEAD = "Story\n\nFriday, March 11, 2016\n\n";

describe("names newsdev61 read wrong (entities-174)", () => {
  it.each([
    [
      "a committee's slogan name, and the candidate it names",
      `${HEAD}A super PAC backing candidate Wade Harrington was fined. Forward With Harrington said it would pay. Harrington said nothing.`,
      ["Organization Forward With Harrington ×1", "Person Wade Harrington ×2"],
    ],
    [
      "a company's legal form after its web address",
      `${HEAD}The coalition's members include Amazon.com Inc and several package carriers.`,
      ["Organization Amazon.com Inc ×1"],
    ],
    [
      "a naval rank before a name",
      `${HEAD}A spokesman for the force, Lieutenant Commander Tanvir Ahmed, said 61 people had been rescued.`,
      ["Person Tanvir Ahmed ×1"],
    ],
    [
      "an emergency service joined with its civil defence",
      `${HEAD}The Fire Service and Civil Defence, whose divers joined the search on Friday night, said 19 bodies were found.`,
      ["Organization Fire Service and Civil Defence ×1"],
    ],
    [
      "a club's abbreviation, and the club called without it",
      `${HEAD}UEFA has fined the Polish club KS Nadodrze Wrocław €90,000. Nadodrze said it would appeal.`,
      ["Organization KS Nadodrze Wrocław ×2", "Organization UEFA ×1"],
    ],
    [
      "a one-word party",
      `${HEAD}Chega’s parliamentary leader, Duarte Sampaio, said the law would fail.`,
      ["Organization Chega ×1", "Person Duarte Sampaio ×1"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});
