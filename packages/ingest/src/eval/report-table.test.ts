import { describe, expect, it } from "vitest";
import { metric } from "./metrics.js";
import { formatScoreTable } from "./report-table.js";

describe("formatScoreTable", () => {
  it("prints every row with P/R/F1 and counts, n/a where not annotated", () => {
    const claim = metric({ tp: 3, fp: 1, fn: 2 });
    const table = formatScoreTable({
      person: null,
      org: null,
      claim,
      "claim+speaker": metric({ tp: 1, fp: 3, fn: 4 }),
      about: metric({ tp: 0, fp: 0, fn: 0 }),
      affiliation: null,
    });
    expect(table.split("\n")).toEqual([
      "                   P      R     F1  tp  fp  fn",
      "person           n/a",
      "org              n/a",
      "claim          0.750  0.600  0.667   3   1   2",
      "claim+speaker  0.250  0.200  0.222   1   3   4",
      "about              –      –      –   0   0   0",
      "affiliation      n/a",
    ]);
  });

  it("prints labelled extra rows after the chosen rows", () => {
    const org = metric({ tp: 2, fp: 2, fn: 1 });
    const rows = { person: null, org, claim: null, "claim+speaker": null, about: null, affiliation: null };
    expect(
      formatScoreTable(rows, ["org"], [["org w/o countries", metric({ tp: 2, fp: 0, fn: 1 })]]).split("\n"),
    ).toEqual([
      "                       P      R     F1  tp  fp  fn",
      "org                0.500  0.667  0.571   2   2   1",
      "org w/o countries  1.000  0.667  0.800   2   0   1",
    ]);
  });
});
