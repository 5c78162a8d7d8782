import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
    about: c.about,
  }));
}

/** The speaker of the claim whose text opens with `opening`. */
function speakerOf(text: string, opening: string): string | null | undefined {
  return claims(text).find((c) => c.text.startsWith(opening))?.speaker;
}

describe("claims newsdev37 read wrong (rules-148)", () => {
  it.each([
    [
      "an interview's label with the Irish particle",
      "Seán Ó Briain runs a pub in Mayo.\n\nWikinews: How has trade changed?\n\nÓ Briain: When I took over we had music four nights a week.\n\nWikinews: Have you thought of selling?\n\nÓ Briain: A developer offered to buy the building last year.",
      "When I took over",
      "Seán Ó Briain",
    ],
    [
      "the organization named after a description opening the clause",
      "The drivers’ group PISTON has called a two-day strike and accused the department of “handing the routes to corporations.”",
      "the department of",
      "PISTON",
    ],
    [
      "'the strategist' after an indefinite description read later",
      "Rep. Curtis Vance spoke on Monday. A Republican strategist close to the Vance campaign, who requested anonymity, said the campaign was worried. “Nobody in Nevada has lost a race over a complaint,” the strategist said.",
      "Nobody in Nevada",
      "Republican strategist close to the Vance campaign",
    ],
    [
      "'she said' after an unnamed source's claim, not the person named before it",
      "The hospital's director, Dr. Renee Vance, said every referral had been reopened.\n\nA clerk in the hospital's consult office, who asked not to be named, said supervisors had pressed clerks for months.\n\n“Our supervisors handed us a printout every Friday,” she said. “Nobody ever called those veterans first.”",
      "Nobody ever called",
      "clerk in the hospital's consult office",
    ],
    [
      "'said in a written statement that'",
      "Renee Vance said in a written statement that the hospital had reopened every canceled referral.",
      "the hospital had reopened",
      "Renee Vance",
    ],
    [
      "a tail attribution to an organization after another's bare possessive",
      "Clerks at the hospital canceled 2,300 referrals in 2014, the Department of Veterans Affairs' Office of Inspector General said in a report made public Thursday.",
      "Clerks at the hospital",
      "Office of Inspector General",
    ],
    [
      "'the report found' after the report its maker said something in",
      "Clerks canceled 2,300 referrals, the Office of Inspector General said in a report made public Thursday.\n\nThe cancellations shrank a backlog but left veterans waiting more than a year, the report found.",
      "The cancellations shrank",
      "Office of Inspector General",
    ],
  ])("%s", (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });

  it.each([
    [
      "a verb of motion's particle",
      "Republicans who control the Wisconsin State Assembly pushed ahead Tuesday with a bill that would freeze tuition.",
    ],
    [
      "a series of verbs",
      "About 300 people packed into a gym jeered, chanted and waved signs at the congressman over the pipeline.",
    ],
    ["seeing a thing", "Democrats see an opening."],
    [
      "a thing reported and when",
      "The Lexington Herald-Leader, which first reported the pardon Thursday, said the letters were many.",
    ],
  ])("no claim of %s", (_name, text) => {
    const found = claims(text).map((c) => c.text);
    expect(found.filter((t) => /^(?:ahead|chanted|an opening|the pardon Thursday)/.test(t))).toEqual([]);
  });

  it("reads 'the governor' and 'the congressman' in a claim as the one who holds the title, abbreviated before the name", () => {
    const text =
      "Gov. Lyle Banfield pardoned Cody Tate. His spokesman, Kevin Dunn, said the governor had read every letter. Rep. Garrett Lind spoke. His spokesman, Tom Reed, said the congressman would hold two more town halls.";
    const found = claims(text);
    expect(found.find((c) => c.text.startsWith("the governor"))?.about).toEqual(["Lyle Banfield"]);
    expect(found.find((c) => c.text.startsWith("the congressman"))?.about).toEqual(["Garrett Lind"]);
  });

  it("leaves a title inside an organization's name alone", () => {
    const text =
      "Gov. Desmond White signed the pardon. In a statement, the Office of the Governor said the Board of Pardons had recommended clemency.";
    expect(speakerOf(text, "the Board of Pardons")).toBe("Office of the Governor");
  });
});
