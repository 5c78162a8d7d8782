import { describe, expect, it } from "vitest";
import { claimsSaid } from "../extracted-views.js";

const HEAD = "Story\n\nTuesday, December 1, 2026\n\n";

describe("claims newsdev79 read wrong (rules-191)", () => {
  it.each([
    [
      "a named denier's participle, however far back",
      `${HEAD}A spokeswoman for the governor, Jocelyn Baptiste-Kraus, denied that Castellano-Boateng had ever limited his support to trucks, saying he had “always said every option was on the table.”`,
      { text: "he had “always said every option was on the table.”", speaker: "Jocelyn Baptiste-Kraus" },
    ],
    [
      "a rejection's participle after an opening phrase with an appositive",
      `${HEAD}In an interview with the state broadcaster, the Mauritius Broadcasting Corporation (MBC), Jhugroo-Laval rejected the federation’s claim that small planters had been shut out of the talks, saying its representatives had attended “every single meeting” since June.`,
      {
        text: "its representatives had attended “every single meeting” since June",
        speaker: "Jhugroo-Laval",
      },
    ],
    [
      "an anonymous description after ', but'",
      `${HEAD}Democrats control both chambers, but a senior Democratic aide in the state House, who requested anonymity to discuss vote counts, said the governor was still about a dozen votes short.`,
      {
        text: "the governor was still about a dozen votes short",
        speaker: "senior Democratic aide in the state House",
      },
    ],
  ])("%s", (_name, text, claim) => {
    expect(claimsSaid(text)).toContainEqual(claim);
  });

  it.each([
    [
      "adding a thing to each of them",
      `${HEAD}The company's largest vessels must now wait for high tide to reach the terminal, adding hours to each visit.`,
    ],
    [
      "guaranteed prices, an adjective",
      `${HEAD}The industry has shrunk since the European Union ended guaranteed prices in 2017.`,
    ],
  ])("%s reports no words", (_name, text) => {
    expect(claimsSaid(text)).toEqual([]);
  });
});
