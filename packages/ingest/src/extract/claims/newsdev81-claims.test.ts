import { describe, expect, it } from "vitest";
import { claimsSaid, claimTargets } from "../extracted-views.js";

const HEAD = "Story\n\nMonday, April 4, 2016\n\n";

describe("claims newsdev81 read wrong (rules-193)", () => {
  it.each([
    [
      "a way found is a means, no finding",
      `${HEAD}Wyoming lawmakers have found a new way to fight for coal: make a utility try to sell a power plant before it is allowed to shut one down.`,
    ],
    [
      "someone released from an order, no document released",
      `${HEAD}A federal judge on Tuesday released Mississippi's Pearl Bend School District from a desegregation order it had operated under since 1970.`,
    ],
  ])("%s reports nothing", (_name, text) => {
    expect(claimsSaid(text)).toEqual([]);
  });

  it.each([
    [
      "a vote's clause between the group and its verb",
      `${HEAD}It now goes to the Senate. Two House Republicans who voted no said the bill would scare off the next company thinking of building in Wyoming.`,
      "the bill would scare off the next company thinking of building in Wyoming",
    ],
    [
      "a members' plural possessive opening the sentence",
      `${HEAD}The dam is low. Farmers' unions said the irrigation cuts had already destroyed much of the potato crop.`,
      "the irrigation cuts had already destroyed much of the potato crop",
    ],
    [
      "a venue's remarks between 'saying' and 'that'",
      `${HEAD}The Ministry of Primary Resources and Tourism backed the plan. The ministry rejected suggestions that the country could not supply enough, saying in remarks carried by Radio Television Brunei (RTB) that three new processing plants would open next year.`,
      "three new processing plants would open next year",
    ],
  ])("%s", (_name, text, content) => {
    expect(claimsSaid(text).map((c) => c.text)).toContain(content);
  });

  it("a description's name set off after 'According to' is the source, and the content opens after it", () => {
    expect(
      claimsSaid(
        `${HEAD}According to the state broadcaster, the National Communications Network (NCN), the National Assembly is expected to vote on the withdrawal on December 17.`,
      ),
    ).toEqual([
      {
        text: "the National Assembly is expected to vote on the withdrawal on December 17",
        speaker: "National Communications Network",
      },
    ]);
  });

  it("a document's name set off after 'According to' is the content's subject", () => {
    expect(
      claimsSaid(
        `${HEAD}According to the indictment, Turquoise Trail Strategies, the lobbying firm Whitlock owns, paid the fees to a consulting company.`,
      ).map((c) => c.text),
    ).toEqual(["Turquoise Trail Strategies, the lobbying firm Whitlock owns, paid the fees to a consulting company"]);
  });

  it("a union leader's 'his members' are his and his union's", () => {
    expect(
      claimTargets(
        `${HEAD}J. Everett Szymanski, executive director of Rhode Island Council 94, said his members had ratified the deal.`,
        "his members had ratified the deal",
      ),
    ).toEqual(["J. Everett Szymanski", "Rhode Island Council 94"]);
  });

  it("a minority leader's 'her members' are hers, no chamber's", () => {
    expect(
      claimTargets(
        `${HEAD}The North Carolina Senate met on Monday. Senate Minority Leader Gloria Ransome (D-Durham) said two of her members had complained to the staff.`,
        "two of her members had complained to the staff",
      ),
    ).toEqual(["Gloria Ransome"]);
  });
});
