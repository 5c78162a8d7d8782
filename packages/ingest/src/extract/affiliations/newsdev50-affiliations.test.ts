import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function affiliations(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .affiliations.map((a) => `${a.person} -> ${a.organization}`)
    .sort();
}

describe("affiliations newsdev50 read wrong (rules-161)", () => {
  it.each([
    [
      "American council members by their titles",
      "Cameras\n\nMonday, May 4, 2026\n\nThe Erie City Council voted 5-2 on Tuesday. Councilwoman Joan Hurd, who voted against the measure along with Councilman Samuel Petrakis, said the deadline was too short.",
      ["Joan Hurd -> Erie City Council", "Samuel Petrakis -> Erie City Council"],
    ],
    [
      "'the lodge's president' after a police lodge",
      "Erie council requires police to release body-camera video within 30 days\n\nFraternal Order of Police Lodge 12, which represents about 180 Erie officers, said in a statement that the policy violated its labor contract.\n\nThe lodge’s president, Sgt. Mark Delacroix, said officers supported cameras.",
      ["Mark Delacroix -> Fraternal Order of Police Lodge 12"],
    ],
    [
      "'is TPAWU’s organiser': a body's possessive before the role",
      "Sisal\n\nMonday, May 4, 2026\n\nThe Tanzania Plantation and Agricultural Workers Union (TPAWU) said wages were late.\n\nRehema Mwakasege, 38, is TPAWU’s organiser for the estates around Muheza.",
      ["Rehema Mwakasege -> Tanzania Plantation and Agricultural Workers Union"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(affiliations(text)).toEqual(expected);
  });
});
