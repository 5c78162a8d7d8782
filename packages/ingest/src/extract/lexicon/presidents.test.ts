import { describe, expect, it } from "vitest";
import { isPresidentName } from "./presidents.js";

describe("isPresidentName", () => {
  it.each([
    ["Bill Clinton", true],
    ["William Jefferson Clinton", true],
    ["Hillary Clinton", false],
    ["George W. Bush", true],
    ["Jeb Bush", false],
    ["Barack Hussein Obama", true],
    ["Michelle Obama", false],
    ["Obama", false],
    ["Gerald Ford", true],
    ["Harrison Ford", false],
  ])("%s → %s", (name, expected) => {
    expect(isPresidentName(name)).toBe(expected);
  });
});
