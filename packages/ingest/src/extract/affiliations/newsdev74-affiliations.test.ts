import { describe, expect, it } from "vitest";
import { affiliationPairs } from "../extracted-views.js";

const HEAD = "Story\n\nWednesday, January 14, 2026\n\n";

describe("affiliations newsdev74 read wrong (rules-186)", () => {
  it("a party before 'member of' a legislature is the person's party", () => {
    expect(
      affiliationPairs(
        `${HEAD}The Conservative People’s Party of Estonia (EKRE) objected. Anneli Mägi, an EKRE member of the Riigikogu, wrote on Facebook that the committee had ignored warnings.`,
      ),
    ).toEqual(["Anneli Mägi -> Conservative People’s Party of Estonia", "Anneli Mägi -> Riigikogu"]);
  });
});
