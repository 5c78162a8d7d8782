import { describe, expect, it } from "vitest";
import { caption, displayText } from "./values.js";

describe("displayText", () => {
  it.each([
    ["a right-to-left override", "Donald \u202ETrump\u202C said", "Donald Trump said"],
    ["an isolate", "\u2067Acme\u2069 Corp", "Acme Corp"],
    ["a zero-width space inside a name", "Donald Tr\u200Bump", "Donald Trump"],
    ["a word joiner and a byte-order mark", "Ac\u2060me\uFEFF", "Acme"],
    ["Hebrew text", "שלום Shalom", "שלום Shalom"],
  ])("removes %s", (_name, input, expected) => {
    expect(displayText(input)).toBe(expected);
  });
});

describe("caption", () => {
  it.each([
    ["Person", { name: "Evil\u202Elanimirc" }, "Evillanimirc"],
    ["Claim", { text: "x".repeat(100) }, `${"x".repeat(79)}…`],
    ["Article", { sourceKey: "seeds/000_abc.txt" }, "000_abc.txt"],
    ["Organization", { id: "org:acme" }, "org:acme"],
  ] as const)("%s %j → %s", (label, props, expected) => {
    expect(caption(label, props)).toBe(expected);
  });
});
