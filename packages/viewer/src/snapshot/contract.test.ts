import { describe, expect, it } from "vitest";
import { fileNameFor } from "../export/download.js";
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

describe("fileNameFor", () => {
  it.each([
    ["Who blamed Acme?", "csv", "who-blamed-acme.csv"],
    ["  Déjà vu — a story  ", "html", "deja-vu-a-story.html"],
    ["", "png", "claimgraph.png"],
    ["???", "svg", "claimgraph.svg"],
    ["x".repeat(100), "json", `${"x".repeat(60)}.json`],
  ])("%j → %s", (title, ext, expected) => {
    expect(fileNameFor(title, ext)).toBe(expected);
  });
});
