import { describe, expect, it } from "vitest";
import { fileNameFor } from "./download.js";

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
