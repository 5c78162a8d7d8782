import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
  }));
}

describe("claims newsdev50 read wrong (rules-161)", () => {
  it.each([
    [
      "a quote paragraph after a quote whose words name someone else",
      "Pardon\n\nBATON ROUGE, La. (AP) — The governor pardoned his former aide on Friday.\n\n“Corey Laborde took an oath and broke it, and twelve people on a jury in this parish said so,” District Attorney Gwen Arceneaux told reporters.\n\n“The governor has now told those twelve people that their verdict doesn’t count.”",
      "The governor has now told",
      "Gwen Arceneaux",
    ],
    [
      "a quote paragraph after a quote whose pronouns are others'",
      'Bridge\n\nMonday, May 4, 2026\n\n"They want the bridge, they want the grant, and they want us to pay for it," said Wayne Tillery, chairman of the county board.\n\n"Every school bus in this county crosses that bridge twice a day. Theirs don\'t."',
      "Every school bus",
      "Wayne Tillery",
    ],
    [
      "'Several' capitalised by its place before the source's noun",
      "Clinic\n\nMonday, May 4, 2026\n\nThe clinic closed.\n\nSeveral veterans said the round trip was too much for older patients.",
      "the round trip",
      "veterans",
    ],
    [
      "'It said' after a dateline and an organization opening the sentence before",
      "Sheep\n\nÍSAFJÖRÐUR, Iceland — The Icelandic Food and Veterinary Authority (MAST) confirmed on Tuesday that scrapie had been found on a farm. It said all 640 sheep on the farm would be culled.",
      "all 640 sheep",
      "Icelandic Food and Veterinary Authority",
    ],
    [
      "'said in advice published on Friday that'",
      "Sardines\n\nMonday, May 4, 2026\n\nThe International Council for the Exploration of the Sea (ICES) said in advice published on Friday that Portugal and Spain should land no more than 48,000 tonnes.",
      "Portugal and Spain should land",
      "International Council for the Exploration of the Sea",
    ],
    [
      "a description opening the sentence before an appositive with a number",
      "Maps\n\nMonday, May 4, 2026\n\nThe hearing began Monday.\n\nThe challengers, 14 Democratic voters from across the state, argue in their lawsuit that the maps packed Democratic voters into districts.",
      "the maps packed",
      "challengers",
    ],
    [
      "an agency's veterinarian who asked not to be named",
      "Sheep\n\nMonday, May 4, 2026\n\nThe Icelandic Food and Veterinary Authority (MAST) confirmed the case.\n\nA MAST veterinarian in the Westfjords, who asked not to be named, told the broadcaster RÚV that movement bans were needed.",
      "movement bans were needed",
      "MAST veterinarian in the Westfjords",
    ],
  ])("%s", (_name, text, opening, speaker) => {
    expect(claims(text).find((c) => c.text.startsWith(opening))?.speaker).toBe(speaker);
  });

  it.each([
    [
      "'did not reply to questions'",
      "Quinoa\n\nMonday, May 4, 2026\n\nAndes Grano Export SRL did not reply to questions from Wikinews.",
    ],
    [
      "money offered",
      "Bridge\n\nMonday, May 4, 2026\n\nThe Redden County Commission has offered $1.5 million toward the bridge.",
    ],
    [
      "an effort backed",
      "Veterans\n\nMonday, May 4, 2026\n\nRepublicans in Congress have backed the VA's effort to send more veterans to private doctors.",
    ],
    [
      "a lawyer questioned at a hearing",
      "Maps\n\nMonday, May 4, 2026\n\nJustices of the Wisconsin Supreme Court sharply questioned a lawyer for the Legislature on Monday over whether the districts were drawn to lock in control.",
    ],
    [
      "a bill considered",
      "Video\n\nMonday, May 4, 2026\n\nPennsylvania lawmakers are considering a bill that would exempt most police video from the state’s public records law.",
    ],
    [
      "a strike threatened",
      "Nurses\n\nMonday, May 4, 2026\n\nThe National Organisation of Nurses and Midwives of Malawi (NONM) has threatened a national strike from April 1 over unpaid overtime.",
    ],
  ])("no claim in %s", (_name, text) => {
    expect(claims(text)).toEqual([]);
  });

  it.each([
    [
      "a threat made in a 'that' clause",
      "Nurses\n\nMonday, May 4, 2026\n\nThe union threatened that nurses would strike from April 1.",
      "nurses would strike",
    ],
    [
      "a reply with a 'that' clause",
      "Quinoa\n\nMonday, May 4, 2026\n\nThe company replied to Wikinews that prices had fallen.",
      "prices had fallen",
    ],
  ])("keeps %s", (_name, text, words) => {
    expect(claims(text).some((c) => c.text.includes(words))).toBe(true);
  });
});
