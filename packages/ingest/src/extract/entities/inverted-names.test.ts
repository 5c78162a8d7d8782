import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens.js";
import { invertedNames } from "./inverted-names.js";

function names(text: string): string[] {
  return invertedNames(text, tokenize(text)).map((entry) => entry.name);
}

describe("invertedNames (reading lists written surname first)", () => {
  it.each([
    ["Other good ones:\n\nAusten, Jane. Pride and Prejudice", ["Jane Austen"]],
    ["Macaulay, Thomas Babington. History of England", ["Thomas Babington Macaulay"]],
    ["Marx, Karl and Engels, Friedrich. The Communist Manifesto", ["Karl Marx", "Friedrich Engels"]],
    ["London, Jack\nWhite Fang", ["Jack London"]],
    // not entries
    ["He met Austen, Jane and others.", []],
    ["Preston, Victoria, Australia", []],
    ["Washington, Mark said on Monday.", []],
    ["Austen, Pride. A novel", []],
  ])("%j → %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
