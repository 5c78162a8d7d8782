import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.filter((e) => e.kind !== "country")
    .map((e) => `${e.type} ${e.name}`)
    .sort();
}

describe("names newsdev35 read wrong (entities-147)", () => {
  it.each([
    [
      "a name no lexicon knows set off around an age is a person's",
      "Wilfred Kiprotich Too, 61, has coached runners in Kaptagat since 2009.",
      ["Person Wilfred Kiprotich Too"],
    ],
    [
      "a sake brewery's company word",
      "Nakagawa Emi is the head brewer of Nakagawa Shuzō, a brewery with nine employees.",
      ["Organization Nakagawa Shuzō", "Person Nakagawa Emi"],
    ],
    [
      "a name read as a person's before a lower-case legal form",
      "Sigrid Jónsdóttir is a guide at Fjallaferðir ehf. in Höfn, and she likes it.",
      ["Organization Fjallaferðir ehf", "Person Sigrid Jónsdóttir"],
    ],
    [
      "AP's party letter and a legislator's hometown of two words",
      "“This was never about districts,” said Sen. Gil Whitford (R-Bowling Green), who sponsored the map.",
      ["Person Gil Whitford"],
    ],
    [
      "an office of a state's title runs over the title",
      "In a statement, the Office of the Indiana Attorney General denied that politics played any role.",
      ["Organization Office of the Indiana Attorney General"],
    ],
    [
      "a legislator's hometown that is a given name too",
      "Rep. Curtis Obuya of Gary, who leads his caucus, said the formula was unfair.",
      ["Person Curtis Obuya"],
    ],
    [
      "a state's name and 'House' the tagger read as a place",
      "The bill passed the Indiana House on Tuesday by a wide margin.",
      ["Organization Indiana House"],
    ],
    [
      "a chamber's word and a party side before a leader's title",
      "House Minority Leader Lorna Vantreese, D-Louisville, said her caucus would sue.",
      ["Person Lorna Vantreese"],
    ],
    [
      "a chamber's committee opening a sentence where 'house' is written in lower case too",
      "House Agriculture Committee Chairman Wade Lindgren is preparing a draft. “Nobody caps fire insurance because the house is too big,” a farmer said.",
      ["Organization House Agriculture Committee", "Person Wade Lindgren"],
    ],
    [
      "a newspaper's hyphenated name after its town, and an acronym joined by a hyphen",
      "Reddington told the Lexington Herald-Leader that he had expected it, and said so again on C-SPAN.",
      ["Organization C-SPAN", "Organization Lexington Herald-Leader", "Person Reddington"],
    ],
    [
      "no acronym from AP's party and state",
      "Rep. Dana Whitlow (D-CO) said the bill was dead.",
      ["Person Dana Whitlow"],
    ],
    [
      "a place and a party's member noun after 'the' describe a person",
      "Lorna Vantreese, D-Louisville, said her caucus would sue. The Louisville Democrat also accused the governor of rushing.",
      ["Person Lorna Vantreese"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it.each([
    [
      "a name inside one longer organization's name named before it",
      "The American Farm Bureau Federation warned the committee. “Nobody caps it,” said Roy Esterby, the Farm Bureau’s chief lobbyist.",
      ["Organization American Farm Bureau Federation", "Person Roy Esterby"],
    ],
    [
      "not a short name another place's modifier opens",
      "The Ohio Supreme Court struck the law down. Its backers will ask the U.S. Supreme Court to take up the case.",
      ["Organization Ohio Supreme Court", "Organization Supreme Court"],
    ],
    [
      "a station's call sign without its band",
      "The CRTC revoked the licence of CJXW-FM. He has hosted a show on CJXW for nineteen years.",
      ["Organization CJXW-FM", "Organization CRTC"],
    ],
    [
      "a name read as a person's that opens one organization's name named before it",
      "His management company, Rift Runner Management, denied it. Rift Runner said he would ask for his B sample.",
      ["Organization Rift Runner Management"],
    ],
  ])("%s", (_name, text, expected) => {
    const found = entities(text);
    for (const name of expected) expect(found).toContain(name);
    expect(found.length).toBe(expected.length);
  });
});
