import { describe, expect, it } from "vitest";
import { permalinkPath, snapshotIdFromPath } from "./contract.js";

describe("permalinks", () => {
  it.each([
    ["/s/AbCdEfGh_-123456abcdefghijklmnopqrstuv", "AbCdEfGh_-123456abcdefghijklmnopqrstuv"],
    ["/s/AbCdEfGh_-123456", "AbCdEfGh_-123456"],
    ["/s/AbCdEfGh_-123456/", "AbCdEfGh_-123456"],
    ["/s/AbCdEfGh_-123456abcdefghijklmnopqrstu", null],
    ["/s/short", null],
    ["/s/AbCdEfGh_-1234567", null],
    ["/s/AbCdEfGh.-123456", null],
    ["/x/AbCdEfGh_-123456", null],
    ["/", null],
  ])("%s → %s", (path, id) => {
    expect(snapshotIdFromPath(path)).toBe(id);
  });

  it("round-trips an id through its path", () => {
    expect(snapshotIdFromPath(permalinkPath("AbCdEfGh_-123456"))).toBe("AbCdEfGh_-123456");
  });
});
