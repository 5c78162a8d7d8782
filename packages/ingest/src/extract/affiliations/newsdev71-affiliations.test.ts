import { describe, expect, it } from "vitest";
import { affiliationPairs } from "../extracted-views.js";

const HEAD = "Story\n\nFriday, April 8, 2016\n\n";

describe("affiliations newsdev71 read wrong (rules-183)", () => {
  it.each([
    [
      "a plural title before two names is each one's",
      `${HEAD}The Wisconsin Supreme Court upheld the law. In a dissent joined by Justices Ann Whitcomb and Luis Barrera, Justice Ruth Engel wrote that the majority had erred.`,
      [
        "Ann Whitcomb -> Wisconsin Supreme Court",
        "Luis Barrera -> Wisconsin Supreme Court",
        "Ruth Engel -> Wisconsin Supreme Court",
      ],
    ],
    [
      "a minister's undersecretary is the ministry's",
      `${HEAD}The Ministry of Mining said so. Rodrigo Sepúlveda, the undersecretary of mining, told reporters that the government would not step in.`,
      ["Rodrigo Sepúlveda -> Ministry of Mining"],
    ],
    [
      "a governor in a story of a central bank is the bank's",
      `${HEAD}Sweden’s central bank, Sveriges Riksbank, left its rate unchanged. Governor Henrik Alsterberg told a news conference that the bank was watching.`,
      ["Henrik Alsterberg -> Sveriges Riksbank"],
    ],
    [
      "'the chain' is the one chain of shops named",
      `${HEAD}FreshWay Supermarkets will stop using the bags. “Our customers told us,” said the chain’s general manager, Daniel Hartley.`,
      ["Daniel Hartley -> FreshWay Supermarkets"],
    ],
    [
      "'its' role with a field after 'of'",
      `${HEAD}Retail NZ said the ban was rushed. Its head of advocacy, Sophie Tran, said the transition was too short.`,
      ["Sophie Tran -> Retail NZ"],
    ],
    [
      "a titled person's office after 'whose' (a state's office where the dateline is the state's)",
      "Ruling upheld\n\nMADISON, Wis. (AP) — The state defended the law. Attorney General Thomas Kiefer, whose Department of Justice defended the law, called the ruling a victory.",
      ["Thomas Kiefer -> Department of Justice"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(affiliationPairs(text)).toEqual(expected);
  });
});
