import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens.js";
import { programmeAt } from "./programmes.js";

describe("programmeAt", () => {
  it.each([
    ["a programme's name", "on Meet the Press today", 1, 4],
    ["the longest name wins", "on The Celebrity Apprentice", 1, 4],
    ["case matters: a phrase is no programme", "meet the press", 0, -1],
    ["a name cut short is none", "on Meet the", 1, -1],
    ["no programme starts here", "Donald Trump spoke", 0, -1],
  ])("%s", (_name, text, at, end) => {
    expect(programmeAt(tokenize(text), at)).toBe(end);
  });
});
