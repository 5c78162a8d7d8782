import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
  }));
}

describe("claims newsdev49 read wrong (rules-160)", () => {
  it.each([
    [
      "'according to a notice the city mailed', the city named later",
      "Water\n\nPORTAGE FALLS, Mich. (AP) — Water from one in five homes tested contained lead, according to a notice the city mailed to residents last week.\n\nThe City of Portage Falls said it would test again.",
      "Water from one in five homes",
      "City of Portage Falls",
    ],
    [
      "'Its complaint says' after 'The group, X,'",
      "Ethics\n\nMonday, May 4, 2026\n\nThe group, the Keystone Integrity Project, asked the ethics commission to investigate. Its complaint says the department awarded work to the company.",
      "the department awarded work",
      "Keystone Integrity Project",
    ],
    [
      "'It said' after a tail's organization and its short name in brackets",
      "Rice\n\nMonday, May 4, 2026\n\nVietnam exported 6.1 million tonnes of rice, the Vietnam Food Association (VFA) said on Friday. It said prices had fallen to their lowest level in years.",
      "prices had fallen",
      "Vietnam Food Association",
    ],
    [
      "'The letter says' after a request made in a letter",
      "Opioids\n\nMonday, May 4, 2026\n\nThe Tallow Valley Recovery Coalition asked commissioners in a letter last week to set aside $2 million for clinics. The letter says the waiting list has grown.",
      "the waiting list has grown",
      "Tallow Valley Recovery Coalition",
    ],
    [
      "'according to university records' beside the one university",
      "Tuition\n\nMonday, May 4, 2026\n\nRed River State University raised tuition by 7 percent. The athletic department's budget has grown 30 percent since 2012, according to university records.",
      "The athletic department's budget",
      "Red River State University",
    ],
    [
      "'opponents say' after a semicolon",
      "Law\n\nMonday, May 4, 2026\n\nSupporters say it guards against fraud; opponents say such fraud almost never happens.",
      "such fraud almost never happens",
      "opponents",
    ],
  ])("%s", (_name, text, opening, speaker) => {
    expect(claims(text).find((c) => c.text.startsWith(opening))?.speaker).toBe(speaker);
  });

  it.each([
    [
      "a request made in a letter",
      "Opioids\n\nMonday, May 4, 2026\n\nThe coalition asked commissioners in a letter last week to set aside $2 million for clinics.",
    ],
    [
      "'admitted no wrongdoing'",
      "Settlement\n\nMonday, May 4, 2026\n\nMeridian Pharma admitted no wrongdoing in the settlement.",
    ],
    ["'did not warn residents until'", "Water\n\nMonday, May 4, 2026\n\nThe city did not warn residents until Jan. 8."],
    [
      "a short 'what' clause",
      "Water\n\nMonday, May 4, 2026\n\nTowns differ in how quickly they report what they find.",
    ],
    [
      "'A federal judge' after Reuters' dash",
      "Law\n\nLINCOLN, Neb. (Reuters) - A federal judge on Friday blocked the law.",
    ],
  ])("no claim in %s", (_name, text) => {
    expect(claims(text)).toEqual([]);
  });
});
