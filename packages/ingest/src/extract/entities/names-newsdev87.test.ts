import { describe, expect, it } from "vitest";
import { entityNames } from "../extracted-views.js";

const HEAD = "Story\n\nMonday, April 4, 2016\n\n";

describe("names newsdev87 read wrong (entities-199)", () => {
  it.each([
    [
      "a ballot committee named by its vote",
      `${HEAD}The petition was filed by the group Yes for Maple Ridge Schools on Monday.`,
      ["Organization Yes for Maple Ridge Schools"],
    ],
    [
      "a name opening with a common word, which an appositive calls a group",
      `${HEAD}Fair Ballot Ohio, a voting-rights group, joined the challenge on Wednesday.`,
      ["Organization Fair Ballot Ohio"],
    ],
    [
      "a company's short name opening a sentence with a common word",
      `${HEAD}The contract went to Lone Star Ballot Technologies last year.\n\nLone Star is simply unhappy that it lost, the judge said.`,
      ["Organization Lone Star Ballot Technologies"],
    ],
    [
      "a members' plural opening a name after 'The'",
      `${HEAD}The Seniors' Prescription Coalition, a patients' group, said it had delivered 40,000 signatures.`,
      ["Organization Seniors' Prescription Coalition"],
    ],
    [
      "a place's words before a members' plural",
      `${HEAD}Kaur said the Ida-Viru Miners’ Trade Union would fight the closure.`,
      ["Organization Ida-Viru Miners’ Trade Union", "Person Kaur"],
    ],
    [
      "a nationality and a trade's word before 'and' and an association",
      `${HEAD}The Mongolian Wool and Cashmere Association said it would ask for an exemption.`,
      ["Organization Mongolian Wool and Cashmere Association"],
    ],
    [
      "a Peruvian company's name over its particle, by its legal form",
      `${HEAD}Milagros Távara, export manager at Agrícola San Lorenzo del Chira S.A.C., said the company was waiting.`,
      ["Organization Agrícola San Lorenzo del Chira S.A.C.", "Person Milagros Távara"],
    ],
    [
      "brokers by their name's last word",
      `${HEAD}Prices fell by 11 percent, according to Lanka Harbour Brokers, one of the auction’s brokers.`,
      ["Organization Lanka Harbour Brokers"],
    ],
    [
      "the U.S. House written out",
      `${HEAD}The U.S. House of Representatives voted on Thursday. The House will vote again in May.`,
      ["Organization United States House of Representatives"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entityNames(text)).toEqual(expected);
  });

  it("a Spanish paternal surname alone is the full name's", () => {
    expect(
      entityNames(`${HEAD}Gonzalo Urquiaga de la Puente heads the association. Urquiaga said losses would grow.`),
    ).toEqual(["Person Gonzalo Urquiaga de la Puente"]);
  });

  it.each([
    [
      "a person's appositive holding an organization after a preposition",
      `${HEAD}Oh Se-jin, a director-general at the ministry, told reporters the talks had failed.`,
      "Person Oh Se-jin",
    ],
  ])("guard: %s", (_name, text, expected) => {
    expect(entityNames(text)).toContain(expected);
  });

  it("guard: a month before a name an appositive calls an office is no part of it", () => {
    expect(
      entityNames(`${HEAD}In March ONSSA, the national food safety office, said it had suspended 14 licences.`),
    ).not.toContain("Organization March ONSSA");
  });
});
