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
});
