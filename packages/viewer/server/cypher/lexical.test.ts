import { describe, expect, it } from "vitest";
import {
  blankLiterals,
  CYPHER_WHITESPACE,
  decodeUnicodeEscapes,
  isCypherWhitespace,
  normaliseWhitespace,
} from "./lexical.js";

describe("decodeUnicodeEscapes", () => {
  it.each([
    ["LOAD\\u0020CSV", "LOAD CSV"],
    ["\\u004cOAD", "LOAD"],
    ["LOAD\\uu0020CSV", "LOAD CSV"],
    ["a\\\\u0041", "a\\\\u0041"],
    ["a\\\\\\u0041", "a\\\\A"],
    ["\\u12", "\\u12"],
    ["plain", "plain"],
  ])("%s → %s", (query, expected) => {
    expect(decodeUnicodeEscapes(query).text).toBe(expected);
  });

  it("maps every decoded character back to where it was written", () => {
    const { text, origin } = decodeUnicodeEscapes("ab\\u0043d");
    expect(text).toBe("abCd");
    expect(origin).toEqual([0, 1, 2, 8]);
  });
});

describe("blankLiterals", () => {
  it("keeps length and newlines, and blanks strings, quoted names and comments", () => {
    const query = "RETURN 'a;b' /* ; */ // x\n, \"c\", `S``ET` AS x";
    const bare = blankLiterals(query);
    expect(bare).toBe(`RETURN '   ' ${" ".repeat(7)} ${" ".repeat(4)}\n, " ", \`${" ".repeat(5)}\` AS x`);
  });

  it.each([
    ["an unterminated string runs to the end", "RETURN 'abc; DELETE"],
    ["an unterminated comment runs to the end", "RETURN 1 /* ; DELETE"],
    ["an escaped quote does not end a string", "RETURN 'it\\'s; DELETE'"],
    ["a line comment ends at a carriage return too", "RETURN 1 // ; DELETE"],
  ])("%s", (_name, query) => {
    const bare = blankLiterals(query);
    expect(bare).toHaveLength(query.length);
    expect(bare).not.toContain("DELETE");
    expect(bare).not.toContain(";");
  });
});

describe("Cypher whitespace", () => {
  it("covers the characters Cypher 5 skips, which \\s does not all match", () => {
    for (const char of "\u001C\u001D\u001E\u001F\u00A0\u1680\u2000\u200A\u2028\u2029\u202F\u205F\u3000\t\n\r ") {
      expect(isCypherWhitespace(char), `U+${char.charCodeAt(0).toString(16)}`).toBe(true);
    }
    expect(isCypherWhitespace("\u200B")).toBe(false); // zero-width space is part of a name in Cypher
    expect(CYPHER_WHITESPACE).toHaveLength(28);
  });

  it("normalises every one of them to a plain space, keeping newlines", () => {
    expect(normaliseWhitespace(`a${CYPHER_WHITESPACE}b`)).toBe(
      `a${" ".repeat(CYPHER_WHITESPACE.indexOf("\n"))}\n${" ".repeat(CYPHER_WHITESPACE.length - CYPHER_WHITESPACE.indexOf("\n") - 1)}b`,
    );
  });
});
