import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens.js";
import { isNamingCall } from "./naming.js";

describe("isNamingCall", () => {
  it.each([
    ["Barden helps lead a program called Sandy Hook Promise.", true],
    ["A new group called Black Votes Matter is raising money.", true],
    ["a syllabus for a 2002 psychology class called “Perception” on his page", true],
    ["An anti-Trump super PAC called Our Principles is ramping up.", true],
    ["one PAC called Stop Hillary", true],
    ["Trump later called Haley “very weak on immigration.”", false],
    ["A spokesman called the report “false.”", false],
    ["a spokesman called Trump a liar", false],
    ["His opponents called him a fraud.", false],
    ["a move called the boneless", false],
    ["Critics called Sanders naive.", false],
  ])("%s → %s", (text, expected) => {
    const tokens = tokenize(text);
    const i = tokens.findIndex((t) => t.lower === "called");
    expect(isNamingCall(tokens, i)).toBe(expected);
  });
});
