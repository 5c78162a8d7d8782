import { describe, expect, it } from "vitest";
import { claimsSaid } from "../extracted-views.js";

const HEAD = "Story\n\nMonday, April 4, 2016\n\n";

describe("claims newsdev80 read wrong (rules-192)", () => {
  it.each([
    [
      "suing, whatever 'that' follows",
      `Wolf law sued\n\nBOISE, Idaho (Reuters) - A conservation group sued on Monday to block a new Idaho law that lets private contractors kill up to 90 percent of the state’s wolves.`,
    ],
    [
      "a gathering one told",
      `${HEAD}The increase would add about $9 to the average monthly bill, the agency's chief financial officer told a packed public hearing Thursday night.`,
    ],
  ])("%s reports nothing of its own", (_name, text) => {
    expect(claimsSaid(text).map((c) => c.text)).not.toContainEqual(expect.stringMatching(/lets private|hearing/));
  });

  it("the suer still speaks for the participle after it", () => {
    expect(
      claimsSaid(
        `${HEAD}Attorney General Dana Whitfield sued Brightway Pharmacy on Tuesday, accusing it of filling hundreds of suspicious prescriptions.`,
      ),
    ).toEqual([{ text: "it of filling hundreds of suspicious prescriptions", speaker: "Dana Whitfield" }]);
  });

  it("a plural noun's place after 'along' is no compound before 'say'", () => {
    expect(
      claimsSaid(
        `${HEAD}Fishermen along the coast say the dredging would bury the seagrass beds where lobster grows.`,
      ).map((c) => c.text),
    ).toEqual(["the dredging would bury the seagrass beds where lobster grows"]);
  });
});
