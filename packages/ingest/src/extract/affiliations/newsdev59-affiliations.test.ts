import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function affiliations(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .affiliations.map((a) => `${a.person} -> ${a.organization}`)
    .sort();
}

const HEAD = "Story\n\nThursday, May 14, 2026\n\n";

describe("affiliations newsdev59 read wrong (rules-171)", () => {
  it.each([
    [
      "'the WHO’s <role>': the acronym is no relative pronoun",
      `${HEAD}The World Health Organization (WHO) sent staff. “Case fatality is still high,” said Dr. Tendai Mushonga, the WHO’s incident manager for the response.`,
      ["Tendai Mushonga -> World Health Organization"],
    ],
    [
      "a region's name before a bare role and its organization",
      `${HEAD}Four editors were held. Gulnara Sadykova, Europe and Central Asia programme coordinator at the Committee to Protect Journalists (CPJ), said the charges were false.`,
      ["Gulnara Sadykova -> Committee to Protect Journalists"],
    ],
    [
      "an acronym's chairperson",
      `${HEAD}The Kilusang Magbubukid ng Pilipinas (KMP) disagreed. KMP chairperson Teodora Lacson said many farmers had borrowed money.`,
      ["Teodora Lacson -> Kilusang Magbubukid ng Pilipinas"],
    ],
    [
      "a senator in a report of another country's Senate, and the party set off by its standing",
      `Argentine Senate debates pension overhaul\n\nThursday, May 14, 2026\n\nArgentina's Senate on Wednesday began debating a bill.\n\nOpening the debate, Senator Marcela Ibarguren of the governing Alianza Republicana Federal (ARF) said the current system was broke.`,
      ["Marcela Ibarguren -> Alianza Republicana Federal", "Marcela Ibarguren -> Argentine Senate"],
    ],
    [
      "a district judge beside a district court and a court of appeals",
      `${HEAD}The U.S. District Court for the Western District of Kentucky blocked the rules. U.S. District Judge Harold Whitcomb wrote that the state had offered no evidence. The state will appeal to the 6th U.S. Circuit Court of Appeals.`,
      ["Harold Whitcomb -> U.S. District Court for the Western District of Kentucky"],
    ],
    [
      "a state's attorney general beside its 'Office of the Attorney General'",
      `${HEAD}The Kentucky Office of the Attorney General filed a notice. Kentucky Attorney General Daniel Pruett said his office would appeal.`,
      ["Daniel Pruett -> Kentucky Office of the Attorney General"],
    ],
    [
      "a portfolio's secretary beside its department",
      `MANILA — Floods hit the rice fields. Agriculture Secretary Lorenzo Dimaculangan told reporters that the damage would not cause a shortage. The Department of Agriculture said so.`,
      ["Lorenzo Dimaculangan -> Department of Agriculture"],
    ],
    [
      "a commissioner beside a board of elections",
      `${HEAD}The New York State Board of Elections voted 3–1. Commissioner Ruth Abernathy said in a written dissent that the signatures should have counted.`,
      ["Ruth Abernathy -> New York State Board of Elections"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(affiliations(text)).toEqual(expected);
  });

  it.each([
    [
      "a person's possessive is no region ('President X’s nominee for the Supreme Court')",
      `WASHINGTON — Judge Elaine V. Korsgaard, President Tobias Renwick’s nominee for the Supreme Court, ended her first week of meetings.`,
      "Elaine V. Korsgaard -> Supreme Court",
    ],
    [
      "a list of names is no region before a role",
      `${HEAD}Brad Adams, Mary Jones, director at Human Rights Watch, said the charges were false.`,
      "Brad Adams -> Human Rights Watch",
    ],
    [
      "a secretary with no department named is none's",
      `MANILA — Floods hit. Agriculture Secretary Lorenzo Dimaculangan told reporters in the Department of Budget that the damage was small.`,
      "Lorenzo Dimaculangan -> Department of Budget",
    ],
  ])("guard: %s", (_name, text, notExpected) => {
    expect(affiliations(text)).not.toContain(notExpected);
  });
});
