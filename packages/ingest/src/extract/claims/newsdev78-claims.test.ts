import { describe, expect, it } from "vitest";
import { claimsSaid } from "../extracted-views.js";

const HEAD = "Story\n\nMonday, November 2, 2026\n\n";

describe("claims newsdev78 read wrong (rules-190)", () => {
  it.each([
    [
      "a lead's county, the county's board the next paragraph names",
      "Florida county to sue Army Corps\n\nA Florida county is preparing to sue the Army Corps of Engineers, saying the federal agency reneged on a promise to pay most of the cost of rebuilding its beach.\n\nThe Palmetto County Board of County Commissioners voted 4-1 on Tuesday to authorize the lawsuit.",
      {
        text: "the federal agency reneged on a promise to pay most of the cost of rebuilding its beach",
        speaker: "Palmetto County Board of County Commissioners",
      },
    ],
    [
      "a nationality's officials, an unnamed source",
      `${HEAD}Moldovan officials have called the ban “a political decision dressed up as food safety.”`,
      { text: "the ban “a political decision dressed up as food safety.”", speaker: "Moldovan officials" },
    ],
    [
      "a plural noun and where its people are, before 'say'",
      `${HEAD}Hoteliers on the island say the tax will send package-holiday companies to rival destinations.`,
      {
        text: "the tax will send package-holiday companies to rival destinations",
        speaker: "Hoteliers on the island",
      },
    ],
    [
      "an organization's name after a rank's adjective in an anonymous source",
      `${HEAD}A senior EU official involved in the talks, speaking on condition of anonymity, said the energy arrangements were never meant to last.`,
      { text: "the energy arrangements were never meant to last", speaker: "senior EU official involved in the talks" },
    ],
  ])("%s", (_name, text, claim) => {
    expect(claimsSaid(text)).toContainEqual(claim);
  });

  it("'On his afternoon show' keeps 'show' a noun", () => {
    expect(claimsSaid(`${HEAD}On his afternoon show on KSL NewsRadio, the host took calls.`)).toEqual([]);
  });
});
