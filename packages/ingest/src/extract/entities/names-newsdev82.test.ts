import { describe, expect, it } from "vitest";
import { affiliationPairs, entityNames } from "../extracted-views.js";

const HEAD = "Story\n\nMonday, April 4, 2016\n\n";

describe("names newsdev82 read wrong (entities-194)", () => {
  it.each([
    [
      "a group named for its members and their cause, opening the sentence",
      `${HEAD}Not everyone wants to borrow. Residents for a Safe Teche, a homeowners' group, said the bonds would tax families twice.`,
      ["Organization Residents for a Safe Teche"],
    ],
    [
      "a tribal nation's name over its particle and its people",
      `${HEAD}The Fond du Lac Band of Lake Superior Chippewa says in its petition that the regulators erred.`,
      ["Organization Fond du Lac Band of Lake Superior Chippewa"],
    ],
    [
      "a broadcaster named for both its media",
      `${HEAD}According to the state broadcaster, Radio and Television of Montenegro (RTCG), the ministry will publish a new plan.`,
      ["Organization Radio and Television of Montenegro"],
    ],
    [
      "a surname that opens with 'St.'",
      `${HEAD}"We have kept this tax frozen," the ministry's permanent secretary, Kerry-Ann St. Hill, told reporters.`,
      ["Person Kerry-Ann St. Hill"],
    ],
    [
      "an organization of a country whose name holds 'and'",
      `${HEAD}The Consumers' Network of Bosnia and Herzegovina said it had received more than 3,000 complaints.`,
      ["Organization Consumers' Network of Bosnia and Herzegovina"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entityNames(text)).toEqual(expected);
  });

  it("the band's chairwoman is the tribal nation's", () => {
    expect(
      affiliationPairs(
        `${HEAD}The Fond du Lac Band of Lake Superior Chippewa filed the petition. "They approved a mine," said Winona Gashkibos, the band's chairwoman.`,
      ),
    ).toEqual(["Winona Gashkibos -> Fond du Lac Band of Lake Superior Chippewa"]);
  });
});
