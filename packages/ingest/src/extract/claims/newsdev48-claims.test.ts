import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
  }));
}

describe("claims newsdev48 read wrong (rules-159)", () => {
  it.each([
    [
      "'It blamed' after a tail's organization",
      "Cane\n\nBUNDABERG, Queensland — The mills crushed 27.1 million tonnes of cane, the smallest crop in a decade, the industry body Canegrowers said on Tuesday. It blamed a wet harvest and repeated breakdowns at ageing mills.",
      "a wet harvest and repeated breakdowns at ageing mills",
      "Canegrowers",
    ],
    [
      "a sentence after a place's abbreviation ('S.C. Its president')",
      "Tolls\n\nMonday, May 4, 2026\n\nThe association said the rule would send freight to Charleston, S.C. Its president, Sharon Whitfield, said the association would sue.",
      "the association would sue",
      "Sharon Whitfield",
    ],
    [
      "a lead's bare plural of auditors, the office named after whose name holds their work",
      "Audit\n\nCOLUMBUS, Ohio (AP) — The lottery handed a contract to a Chicago company without taking bids, legislative auditors said Tuesday.\n\nThe 41-page review by the Legislative Office of Performance Audit found that staff relied on an exemption.",
      "The lottery handed",
      "Legislative Office of Performance Audit",
    ],
    [
      "'The review also found' after a numbered review by a maker whose name holds 'of'",
      "Audit\n\nMonday, May 4, 2026\n\nThe 41-page review by the Legislative Office of Performance Audit found that staff relied on an exemption.\n\nThe review also found that a vice president hosted a fundraiser.",
      "a vice president hosted",
      "Legislative Office of Performance Audit",
    ],
    [
      "'his campaign' beside the candidate's committee",
      "Refunds\n\nWASHINGTON (Reuters) - Senator Paul Darrow is returning $42,000 in donations, his campaign said on Monday.\n\nThe refunds were listed in a report that Darrow for Senate filed late on Friday.",
      "Senator Paul Darrow is returning",
      "Darrow for Senate",
    ],
    [
      "'According to the report,' before a name: the report, not the name",
      "Jail\n\nWednesday, August 10, 2016\n\nAccording to the report, Boyd complained of chest pains.",
      "Boyd complained",
      "report",
    ],
  ])("%s", (_name, text, opening, speaker) => {
    expect(claims(text).find((c) => c.text.startsWith(opening))?.speaker).toBe(speaker);
  });

  it("keeps a source's appositive name after 'According to'", () => {
    expect(
      claims("Sales\n\nMonday, May 4, 2026\n\nAccording to the company's founder, Zhang Wei, sales fell sharply.").map(
        (c) => c.speaker,
      ),
    ).toEqual(["Zhang Wei"]);
  });
});
