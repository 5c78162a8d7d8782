import { describe, expect, it } from "vitest";
import { entityNames } from "../extracted-views.js";

const HEAD = "Story\n\nTuesday, December 1, 2026\n\n";

describe("names newsdev79 read wrong (entities-191)", () => {
  it.each([
    [
      "a person's piece after 'and' that ends in 'Tribes'",
      `${HEAD}Lawmakers voted to approve a water rights compact with the Confederated Salish and Kootenai Tribes on Tuesday.`,
      ["Organization Confederated Salish and Kootenai Tribes"],
    ],
    [
      "a subcommittee 'on' its subject",
      `${HEAD}The letter, signed by the chairman of the House Oversight and Government Reform Committee's Subcommittee on Information Technology, gives the SBA until June 10.`,
      [
        "Organization House Oversight and Government Reform Committee",
        "Organization SBA",
        "Organization Subcommittee on Information Technology",
      ],
    ],
    [
      "names that read as a person's or break the runs of capitals",
      `${HEAD}Debswana, owned jointly by the state and De Beers, said so. A campaign backed by the Church of Jesus Christ of Latter-day Saints urged voters to withdraw.`,
      ["Organization Church of Jesus Christ of Latter-day Saints", "Organization De Beers"],
    ],
    [
      "a Slovak party's short name",
      `${HEAD}Rastislav Holub, the Smer-SD lawmaker who drafted the bill, said it would protect viewers.`,
      ["Organization Smer-SD", "Person Rastislav Holub"],
    ],
    [
      "companies by their name's last word",
      `${HEAD}Pacifica Maritime said its ships would wait. Riche Terre Milling said its mill would close.`,
      ["Organization Pacifica Maritime", "Organization Riche Terre Milling"],
    ],
    ["a parkway, a road", `${HEAD}Tolls would go up on the Merritt Parkway, Ana Cole said.`, ["Person Ana Cole"]],
  ])("%s", (_name, text, expected) => {
    expect(entityNames(text)).toEqual(expected);
  });
});
