import { describe, expect, it } from "vitest";
import { HISTORY_SIZE, parseHistory, remember } from "./history.js";

describe("query history", () => {
  it("puts the latest first without duplicates and ignores blank queries", () => {
    expect(remember(["b", "a"], " a ")).toEqual(["a", "b"]);
    expect(remember(["a"], "   ")).toEqual(["a"]);
  });

  it("keeps at most HISTORY_SIZE entries", () => {
    const long = Array.from({ length: HISTORY_SIZE }, (_, i) => `q${i}`);
    expect(remember(long, "new")).toHaveLength(HISTORY_SIZE);
    expect(remember(long, "new")[0]).toBe("new");
  });

  it.each([
    [null, []],
    ["not json", []],
    ['{"a":1}', []],
    ['["x", 2, "y"]', ["x", "y"]],
  ])("parses stored history %s", (raw, expected) => {
    expect(parseHistory(raw)).toEqual(expected);
  });
});
